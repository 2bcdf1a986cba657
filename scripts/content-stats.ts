/**
 * Prints what the content library holds and whom it fits: items per kind and language, prompts per
 * kind of work and per layer, prompts for people who lead nobody, the spread of openings, calendar
 * prompts, and the language signal's precision and coverage on the labelled corpus.
 * The first line is JSON (counts and validation errors, as before); a readable report follows.
 * Usage: npm run content:stats [-- <extra content dir>]
 */
import corpus from '../tests/unit/fixtures/language-signal-corpus.json';
import { BUILT_IN_FILES, checkLibrary, readExtraDir, rolesOf, type ContentSource } from '../src/content/load-content';
import { KINDS_OF_WORK, LAYERS, LOCALES, type Locale, type Prompt } from '../src/content/types';
import { MEASURED_SIGNAL_LENSES } from '../src/domain/language-signal';
import { measureSignal } from '../src/domain/signal-precision';

const extraDir = process.argv[2];
const sources: ContentSource[] = [{ origin: '', files: { ...BUILT_IN_FILES }, complete: true }];
if (extraDir !== undefined) sources.push(readExtraDir(extraDir));
const { library, problems } = checkLibrary(sources);

/** True when every localized text inside the item has a non-empty value in this language. */
function complete(value: unknown, locale: Locale): boolean {
  if (Array.isArray(value)) return value.every((element) => complete(element, locale));
  if (value === null || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  if (LOCALES.every((each) => each in record) && typeof record[locale] === 'string') {
    return (record[locale] as string).trim() !== '';
  }
  return Object.values(record).every((field) => complete(field, locale));
}

const countsOf = (items: readonly unknown[]) => ({
  total: items.length,
  ...Object.fromEntries(LOCALES.map((locale) => [locale, items.filter((item) => complete(item, locale)).length])),
});

const counts = {
  ...Object.fromEntries(Object.entries(library).map(([kind, items]: [string, unknown[]]) => [kind, countsOf(items)])),
  roles: countsOf(library.lenses.flatMap((lens) => lens.roles)),
  nudgeSuggestions: countsOf(library.nudges.flatMap((nudge) => nudge.suggestions)),
};

for (const problem of problems) console.error(problem);
console.log(JSON.stringify({ counts, errors: problems.length }));

const { prompts } = library;
const share = (part: number, whole: number): string => `${part} (${whole === 0 ? 0 : Math.round((100 * part) / whole)} %)`;
const line = (label: string, value: string | number): void => console.log(`  ${label.padEnd(28)} ${value}`);

console.log(`\nPrompts: ${prompts.length}`);
console.log('Per kind of work (a prompt can fit several):');
for (const kind of KINDS_OF_WORK) line(kind, prompts.filter((prompt) => prompt.work.includes(kind)).length);
console.log('Per layer of government:');
for (const layer of LAYERS) {
  const fitting = prompts.filter((prompt) => prompt.layers.includes(layer));
  const variants = fitting.filter((prompt) => layer !== 'rijk' && prompt.layerText?.[layer] !== undefined).length;
  line(layer, `${fitting.length}${variants > 0 ? `, ${variants} in its own vocabulary` : ''}`);
}
console.log('Whom they ask:');
line('answerable without a team', share(prompts.filter((prompt) => !prompt.needsTeam).length, prompts.length));
line('conditional (may not play)', share(prompts.filter((prompt) => prompt.conditional).length, prompts.length));
line('with a role perspective', share(prompts.filter((prompt) => prompt.roleId !== undefined).length, prompts.length));
line('in a calendar window', prompts.filter((prompt) => prompt.calendar !== undefined).length);
line('for a demissionair cabinet', prompts.filter((prompt) => prompt.demissionair === true).length);

console.log('Openings (first two words), most used:');
for (const locale of LOCALES) {
  const top = topOpenings(prompts, locale, 3);
  line(locale, top.map(([opening, count]) => `"${opening}" ${share(count, prompts.length)}`).join(', '));
}

console.log('Dilemmas and tactics:');
line('dilemmas', library.dilemmas.length);
line('Rijk dilemmas without a team', library.dilemmas.filter((dilemma) => dilemma.layers.includes('rijk') && !dilemma.needsTeam).length);
line('tactics', `${library.tactics.length}, ${library.tactics.filter((tactic) => !tactic.needsTeam).length} without a team`);

console.log('Language signal on the labelled corpus:');
for (const lensId of MEASURED_SIGNAL_LENSES) {
  const measure = measureSignal(
    corpus.map((row) => ({ text: row.text, role: labelOf(row, lensId) })),
    rolesOf(library, lensId),
  );
  line(lensId, `precision ${measure.precision.toFixed(3)} (${measure.correct}/${measure.named} named), coverage ${measure.coverage.toFixed(3)} of the sentences with a role (${measure.sentences} in all)`);
}
line('other lenses', 'no signal: not measured, so the summary stays silent');

process.exitCode = problems.length === 0 ? 0 : 1;

/** The corpus labels each sentence per lens it was written for. */
function labelOf(row: (typeof corpus)[number], lensId: string): string | null {
  if (lensId === 'ideaaltypen') return row.ideaaltypen;
  if (lensId === 'rollen') return row.rollen;
  return null;
}

function topOpenings(items: readonly Prompt[], locale: Locale, limit: number): [string, number][] {
  const tally = new Map<string, number>();
  for (const prompt of items) {
    const opening = prompt.text[locale].split(/\s+/).slice(0, 2).join(' ').toLowerCase().replace(/[^\p{L} ]/gu, '');
    tally.set(opening, (tally.get(opening) ?? 0) + 1);
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
}
