import fs from 'node:fs';
import path from 'node:path';
import competencies from './data/competencies.json';
import dilemmas from './data/dilemmas.json';
import lenses from './data/lenses.json';
import nudges from './data/nudges.json';
import paradoxes from './data/paradoxes.json';
import prompts from './data/prompts.json';
import recesses from './data/recesses.json';
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
  'recesses.json': recesses,
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

/** The largest content file read: far more than any library needs, far less than a stray device or dump. */
const MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads every `.json` file of an operator's directory. Only regular files up to
 * MAX_CONTENT_FILE_BYTES are read (a link is followed, to a regular file only): a link to
 * `/dev/zero`, a pipe or a folder is refused before a byte is read, and a file that grows while
 * it is read stops at the limit. Every problem names the file and the rule, never what is in the
 * file; all of them are listed in one ContentError.
 */
export function readExtraDir(dir: string): ContentSource {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new ContentError([`${dir}: cannot read the content directory (${codeOf(error)})`]);
  }
  const files: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const read = readContentFile(file);
    if (read.ok) files[name] = read.json;
    else problems.push(`${file}: ${read.problem}`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { origin: dir, files, complete: false };
}

type FileRead = { ok: true; json: unknown } | { ok: false; problem: string };

function readContentFile(file: string): FileRead {
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe does not wait for a writer; the check below refuses it.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, problem: `cannot be opened (${codeOf(error)})` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'is not a regular file (a folder, device, pipe or socket); only regular files are read' };
    if (stat.size > MAX_CONTENT_FILE_BYTES) return { ok: false, problem: tooLarge };
    const buffer = Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length <= MAX_CONTENT_FILE_BYTES; length += read) read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CONTENT_FILE_BYTES) return { ok: false, problem: tooLarge };
    try {
      return { ok: true, json: JSON.parse(buffer.toString('utf8', 0, length)) as unknown };
    } catch {
      // The parser's own message quotes the file; this one does not.
      return { ok: false, problem: 'is not valid JSON (a content file is one JSON list of items)' };
    }
  } catch (error) {
    return { ok: false, problem: `cannot be read (${codeOf(error)})` };
  } finally {
    fs.closeSync(fd);
  }
}

const tooLarge = `is larger than ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB, the most a content file may be`;

/** An operating-system error by its code (ENOENT, EACCES, ...): its message could hold more than the reason. */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
