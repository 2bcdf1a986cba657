import type { z } from 'zod';
import type { ContentKind, ItemOf, KindSpec } from './content-schema';

interface ParsedFile<K extends ContentKind> {
  items: ItemOf<K>[];
  problems: string[];
}

/**
 * Problems listed per file at most: enough to fix a file, few enough that a file of a million
 * broken items gives a readable error (and no list too long to pass around).
 */
const MAX_PROBLEMS_PER_FILE = 100;

/**
 * Validates one content file item by item, so a single broken item does not hide the valid ones
 * and every problem names the file, the item's id and the field. After MAX_PROBLEMS_PER_FILE
 * problems it stops and says so.
 */
export function parseContentFile<K extends ContentKind>(label: string, spec: KindSpec<K>, raw: unknown): ParsedFile<K> {
  if (!Array.isArray(raw)) return { items: [], problems: [`${label}: should be a list of ${spec.noun} items`] };
  const items: ItemOf<K>[] = [];
  const problems: string[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    const element: unknown = raw[index];
    const result = spec.schema.safeParse(element);
    if (result.success) {
      items.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) problems.push(describeIssue(label, spec, element, index, issue));
    if (problems.length >= MAX_PROBLEMS_PER_FILE) {
      problems.splice(MAX_PROBLEMS_PER_FILE);
      problems.push(`${label}: stopped after ${MAX_PROBLEMS_PER_FILE} problems, at ${spec.noun} #${index + 1} of ${raw.length}; fix these first`);
      break;
    }
  }
  return { items, problems };
}

function describeIssue<K extends ContentKind>(
  label: string,
  spec: KindSpec<K>,
  element: unknown,
  index: number,
  issue: z.core.$ZodIssue,
): string {
  const key = valueAt(element, [spec.keyField]);
  const item = isNameable(key) ? `${spec.noun} "${key}"` : `${spec.noun} #${index + 1}`;
  const field = fieldPath(element, issue.path);
  const problem = problemOf(issue, valueAt(element, issue.path));
  return `${label}: ${item}: ${field === '' ? '' : `${field} `}${problem}`;
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `should be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} items` : 'is empty';
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${String(issue.maximum)} items`
        : `is too long (${trimmedLength(value)} > ${String(issue.maximum)} characters)`;
    case 'unrecognized_keys':
      return `has unknown field ${issue.keys.map((name) => (isNameable(name) ? `"${name}"` : 'an unreadable name')).join(', ')}`;
    default:
      return issue.message;
  }
}

/** "roles[bureaucraat].words.nl[3]": list positions show the element's id when it has one. */
function fieldPath(element: unknown, path: readonly PropertyKey[]): string {
  return path
    .map((segment, position) => {
      if (typeof segment !== 'number') return `${position === 0 ? '' : '.'}${String(segment)}`;
      const id = valueAt(element, [...path.slice(0, position + 1), 'id']);
      return isNameable(id) ? `[${id}]` : `[${segment}]`;
    })
    .join('');
}

/**
 * Ids and field names are shown in messages only when they look like ids: a message names the
 * file and the rule, and quotes nothing else from it (a wrong file can hold anything).
 */
function isNameable(value: unknown): value is string {
  return typeof value === 'string' && /^[\p{L}\p{N} _.-]{1,60}$/u.test(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function trimmedLength(value: unknown): string {
  return typeof value === 'string' ? String(value.trim().length) : '?';
}
