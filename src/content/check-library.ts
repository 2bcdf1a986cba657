import path from 'node:path';
import { CONTENT_FILE_NAMES, KIND_SPECS, type ContentKind, type ItemOf } from './content-schema';
import { checkReferences } from './check-references';
import { parseContentFile } from './parse-content-file';
import type { ContentLibrary } from './types';

/** One set of content files: the built-in library, or an operator's extra directory. */
export interface ContentSource {
  /** Directory shown before file names in messages; '' for the built-in files. */
  origin: string;
  /** Parsed JSON by file name, e.g. `{ 'prompts.json': [...] }`. */
  files: Record<string, unknown>;
  /** True when every content file must be present (the built-in library); extra sources may hold any subset. */
  complete: boolean;
}

export interface LibraryCheck {
  /** Everything that validated; complete only when `problems` is empty. */
  library: ContentLibrary;
  problems: string[];
}

/**
 * Validates and merges content sources in order. Later sources add items; an id that an earlier
 * source already uses is a clash, because silently replacing built-in content would hide mistakes.
 */
export function checkLibrary(sources: readonly ContentSource[]): LibraryCheck {
  const problems = sources.flatMap(unknownFiles);
  const files = new Map<object, string>();
  const broken = new Set<ContentKind>();
  const merge = <K extends ContentKind>(kind: K): ItemOf<K>[] => mergeKind(kind, sources, problems, { files, broken });
  const library: ContentLibrary = {
    lenses: merge('lenses'),
    paradoxes: merge('paradoxes'),
    competencies: merge('competencies'),
    prompts: merge('prompts'),
    dilemmas: merge('dilemmas'),
    weeklyQuestions: merge('weeklyQuestions'),
    nudges: merge('nudges'),
    tactics: merge('tactics'),
    recesses: merge('recesses'),
  };
  problems.push(...checkReferences(library, (item) => files.get(item) ?? 'content', broken));
  return { library, problems };
}

function mergeKind<K extends ContentKind>(
  kind: K,
  sources: readonly ContentSource[],
  problems: string[],
  found: { files: Map<object, string>; broken: Set<ContentKind> },
): ItemOf<K>[] {
  const spec = KIND_SPECS[kind];
  const merged: ItemOf<K>[] = [];
  const firstFile = new Map<string, string>();
  for (const source of sources) {
    const label = labelOf(source, spec.file);
    const raw = source.files[spec.file];
    if (raw === undefined) {
      if (source.complete) {
        problems.push(`${label}: is missing`);
        found.broken.add(kind);
      }
      continue;
    }
    const parsed = parseContentFile(label, spec, raw);
    problems.push(...parsed.problems);
    if (parsed.problems.length > 0) found.broken.add(kind);
    for (const item of parsed.items) {
      const key = spec.keyOf(item);
      const earlier = firstFile.get(key);
      const at = `${label}: ${spec.noun} "${key}": ${spec.keyField}`;
      if (earlier === undefined) {
        firstFile.set(key, label);
        found.files.set(item, label);
        merged.push(item);
      } else {
        problems.push(earlier === label ? `${at} is used twice` : `${at} clashes with one in ${earlier}`);
      }
    }
  }
  return merged;
}

function unknownFiles(source: ContentSource): string[] {
  return Object.keys(source.files)
    .filter((file) => !CONTENT_FILE_NAMES.includes(file))
    .map((file) => `${labelOf(source, file)}: is not a content file (expected one of ${CONTENT_FILE_NAMES.join(', ')})`);
}

function labelOf(source: ContentSource, file: string): string {
  return source.origin === '' ? file : path.join(source.origin, file);
}
