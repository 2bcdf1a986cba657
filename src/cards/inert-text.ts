/**
 * Text typed by people (display names, notes) shown in markdown-enabled TextBlocks and facts:
 * made inert, so a name like `[x](https://…)` shows those characters instead of becoming a link
 * (or bold, a list, a heading) in someone else's card. Pure; used by the card render functions.
 *
 * Characters that open markup anywhere get a backslash (CommonMark escapes, honoured by Teams and
 * the Adaptive Cards renderers); the ones that only mean something at the start of a line (lists,
 * headings, quotes) are escaped only there, so "Anne-Marie" and "J. de Vries" stay as typed.
 */
const INLINE_MARKUP = /[\\`*_[\]<>~|]/g;
const LINE_START_MARKUP = /^(\s*)(\d+[.)]|[-+#=])/;

/** A display name: one line, escaped. */
export function inertName(name: string): string {
  return escapeMarkdown(name.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim());
}

/** A note of several lines: each line escaped, line breaks kept. */
export function inertText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(escapeMarkdown)
    .join('\n');
}

function escapeMarkdown(line: string): string {
  const inline = line.replace(INLINE_MARKUP, (c) => `\\${c}`);
  return inline.replace(LINE_START_MARKUP, (_all, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
