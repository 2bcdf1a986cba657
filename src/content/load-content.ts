import fs from 'node:fs';
import path from 'node:path';
import competencies from './data/competencies.json';
import dilemmas from './data/dilemmas.json';
import lenses from './data/lenses.json';
import nudges from './data/nudges.json';
import paradoxes from './data/paradoxes.json';
import prompts from './data/prompts.json';
import tactics from './data/tactics.json';
import weeklyQuestions from './data/weekly-questions.json';
import { checkLibrary, type ContentSource } from './check-library';
import { ContentError } from './content-error';
import type { ContentLibrary } from './types';

export { ContentError } from './content-error';
export { checkLibrary, type ContentSource, type LibraryCheck } from './check-library';
export { LIMITS } from './content-schema';
export * from './library-lookup';

/**
 * The built-in files, imported rather than read from disk so that `tsc` copies them to `dist/`
 * and the same code works under ts-jest, tsx and the compiled build.
 */
export const BUILT_IN_FILES: Readonly<Record<string, unknown>> = {
  'lenses.json': lenses,
  'paradoxes.json': paradoxes,
  'competencies.json': competencies,
  'prompts.json': prompts,
  'dilemmas.json': dilemmas,
  'weekly-questions.json': weeklyQuestions,
  'nudges.json': nudges,
  'tactics.json': tactics,
};

/**
 * Loads the built-in library plus, when given, an operator's extra directory (the `CONTENT_DIR`
 * setting) holding any subset of the same file names. Throws a ContentError listing every problem.
 */
export function loadContent(extraDir?: string): ContentLibrary {
  const sources: ContentSource[] = [{ origin: '', files: { ...BUILT_IN_FILES }, complete: true }];
  if (extraDir !== undefined) sources.push(readExtraDir(extraDir));
  return loadSources(sources);
}

/** Validates parsed sources in order (built-in first); throws a ContentError on any problem. */
export function loadSources(sources: readonly ContentSource[]): ContentLibrary {
  const { library, problems } = checkLibrary(sources);
  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

/** Reads every `.json` file of an operator's directory; unreadable or malformed JSON is a ContentError. */
export function readExtraDir(dir: string): ContentSource {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch (error) {
    throw new ContentError([`${dir}: cannot read the content directory (${reasonOf(error)})`]);
  }
  const files: Record<string, unknown> = {};
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      files[name] = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw new ContentError([`${file}: is not valid JSON (${reasonOf(error)})`]);
    }
  }
  return { origin: dir, files, complete: false };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
