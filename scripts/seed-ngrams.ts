/**
 * The seed documents may lend concepts, never sentences: no content text may share a run of five
 * words with them. The seeds stay out of the repository; this keeps only short hashes of their
 * five-word runs, enough for a test to prove the content shares none.
 * Usage: npx tsx scripts/seed-ngrams.ts /work/shared/seeds > tests/unit/fixtures/seed-5gram-hashes.json
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const RUN_LENGTH = 5;

/** Lower-case words without accents or punctuation, so "Kwalitatief sterk," and "kwalitatief sterk" count as the same. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every run of `length` consecutive words of a text. */
export function runsOf(text: string, length = RUN_LENGTH): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  for (let start = 0; start + length <= words.length; start += 1) runs.push(words.slice(start, start + length).join(' '));
  return runs;
}

/** 48 bits of SHA-256: collisions among some ten thousand runs are vanishingly unlikely. */
export function hashRun(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

function main(dir: string): void {
  const hashes = new Set<string>();
  for (const name of fs.readdirSync(dir).sort()) {
    for (const run of runsOf(fs.readFileSync(path.join(dir, name), 'utf8'))) hashes.add(hashRun(run));
  }
  process.stdout.write(`${JSON.stringify([...hashes].sort())}\n`);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write('usage: tsx scripts/seed-ngrams.ts <seed dir>\n');
    process.exitCode = 2;
  } else {
    main(dir);
  }
}
