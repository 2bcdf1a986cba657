import seedHashes from './fixtures/seed-5gram-hashes.json';
import corpus from './fixtures/language-signal-corpus.json';
import { BUILT_IN_FILES } from '../../src/content/load-content';
import { reflectionStrings } from '../../src/cards/strings/reflection-strings';
import { hashRun, runsOf } from '../../scripts/seed-ngrams';

/** Every string inside a value (objects, lists), with where it sits, for the message. */
function stringsIn(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((element, index) => stringsIn(element, `${at}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, field]) => stringsIn(field, `${at}.${key}`));
  return [];
}

describe('content in our own words', () => {
  const seeds = new Set(seedHashes);

  it('then the fixture holds the five-word runs of the five seeds', () => {
    // Regenerate with: npx tsx scripts/seed-ngrams.ts /work/shared/seeds > tests/unit/fixtures/seed-5gram-hashes.json
    expect(seeds.size).toBeGreaterThan(5000);
    // A known run of seed 000 is in it, so the hashing matches the generator's.
    expect(seeds.has(hashRun('een maakbare samenleving en een'))).toBe(true);
  });

  it('then no content text, note-field string or corpus sentence shares a run of five words with a seed', () => {
    const texts = [
      ...stringsIn(BUILT_IN_FILES, 'content'),
      ...stringsIn(reflectionStrings, 'reflection-strings'),
      ...corpus.map((sentence, index) => ({ at: `corpus[${index}]`, text: sentence.text })),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    const shared = texts.flatMap(({ at, text }) => runsOf(text).filter((run) => seeds.has(hashRun(run))).map((run) => `${at}: "${run}"`));
    expect(shared).toEqual([]);
  });
});
