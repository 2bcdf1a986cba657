/**
 * The shape of a URL without what identifies people. Table storage paths carry partition and
 * row keys (tenant and user ids: `/people(PartitionKey='…',RowKey='…')`) and `$filter`s on
 * them; Bot Connector paths carry conversation and activity ids; the export route a token.
 * What is kept: scheme, host, port, and path segments that are plain words (table names, `v3`,
 * `conversations`); everything else becomes `:id`, and the query is dropped.
 */

/** Segments after these are always ids, even when they happen to look like a word. */
const ID_FOLLOWS: ReadonlySet<string> = new Set(['conversations', 'activities', 'members', 'attachments', 'users', 'export', 'teams', 'channels']);
const WORD = /^(?:[A-Za-z]{1,64}|v\d{1,2}|\$batch|\$metadata)$/;
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,62}$/;

export function redactPath(path: string): string {
  const segments = (path.split(/[?#]/)[0] ?? '').split('/');
  return segments
    .map((segment, i) => {
      if (segment === '') return segment;
      if (ID_FOLLOWS.has(segments[i - 1] ?? '')) return ':id';
      const paren = segment.indexOf('(');
      if (paren >= 0) {
        const name = segment.slice(0, paren);
        return TABLE_NAME.test(name) ? `${name}(...)` : ':id(...)';
      }
      return WORD.test(segment) || WORD.test(decoded(segment)) ? decoded(segment) : ':id';
    })
    .join('/');
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** An absolute URL or a path (with or without query), redacted to its shape. */
export function redactUrl(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return `${url.protocol}//${url.host}${redactPath(url.pathname)}`;
    } catch {
      return ':url';
    }
  }
  return redactPath(value);
}

const URL_IN_TEXT = /https?:\/\/[^\s'"<>]+/gi;
const KEY_FILTER = /\b(PartitionKey|RowKey)(\s+(?:eq|ne|gt|ge|lt|le)\s+)'(?:[^']|'')*'/g;
const KEY_ARGS = /\((?:PartitionKey|RowKey)=[^)]*\)/g;
const CONVERSATION_PATH = /\/(conversations|activities|export)\/[^/\s?'"]+/g;

/** Free text (span names, messages) with any URL, key filter or conversation path in it redacted. */
export function scrubText(text: string): string {
  return text
    .replace(URL_IN_TEXT, (url) => redactUrl(url))
    .replace(KEY_ARGS, '(...)')
    .replace(KEY_FILTER, "$1$2'...'")
    .replace(CONVERSATION_PATH, '/$1/:id');
}
