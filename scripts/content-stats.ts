/**
 * Prints what the content library holds and whom it fits: items per kind and language, prompts per
 * kind of work and per layer, the form of the prompts, themes, calendar texts and recess dates, a
 * simulated year per profile, and the language signal's precision and coverage on the labelled corpus.
 * The first line is JSON (counts and validation errors, as before); a readable report follows.
 * Usage: npm run content:stats [-- <extra content dir>]
 */
import corpus from '../tests/unit/fixtures/language-signal-corpus.json';
import { BUILT_IN_FILES, checkLibrary, readExtraDir, rolesOf, type ContentSource } from '../src/content/load-content';
import { CALENDAR_MOMENTS, KINDS_OF_WORK, LAYERS, LOCALES, RECESS_MOMENTS, THEMES, type Locale, type Prompt } from '../src/content/types';
import { MEASURED_SIGNAL_LENSES } from '../src/domain/language-signal';
import { estimatedRecesses } from '../src/domain/political-calendar';
import { WRITTEN_FOR_AT_MOST } from '../src/domain/rotation';
import { saysToday, simulateYear, SINGLE_KIND_PROFILES, yearFigures, type YearFigures } from '../src/domain/rotation-year';
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
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((100 * part) / whole));
const share = (part: number, whole: number): string => `${part} (${percent(part, whole)} %)`;
const line = (label: string, value: string | number): void => console.log(`  ${label.padEnd(28)} ${value}`);
const count = (test: (prompt: Prompt) => boolean, items: readonly Prompt[] = prompts): number => items.filter(test).length;

console.log(`\nPrompts: ${prompts.length}`);
console.log(`Per kind of work: tagged for it / written for it (tagged for at most ${WRITTEN_FOR_AT_MOST} kinds) / for it alone:`);
for (const kind of KINDS_OF_WORK) {
  const tagged = prompts.filter((prompt) => prompt.work.includes(kind));
  line(kind, `${tagged.length} / ${count((prompt) => prompt.work.length <= WRITTEN_FOR_AT_MOST, tagged)} / ${count((prompt) => prompt.work.length === 1, tagged)}`);
}
console.log('Per layer of government:');
for (const layer of LAYERS) {
  const fitting = prompts.filter((prompt) => prompt.layers.includes(layer));
  const variants = fitting.filter((prompt) => layer !== 'rijk' && prompt.layerText?.[layer] !== undefined).length;
  line(layer, `${fitting.length}${variants > 0 ? `, ${variants} in its own vocabulary` : ''}`);
}
console.log('Whom they ask:');
line('answerable without a team', share(count((prompt) => !prompt.needsTeam), prompts.length));
line('with a role perspective', share(count((prompt) => prompt.roleId !== undefined), prompts.length));

console.log('Form (Dutch text):');
line('says "vandaag"', share(count((prompt) => saysToday(prompt.text.nl)), prompts.length));
line('says "deze week"', share(count((prompt) => /\bdeze week\b/i.test(prompt.text.nl)), prompts.length));
line('conditional (may not play)', share(count((prompt) => prompt.conditional), prompts.length));
line('one sentence', share(count((prompt) => sentencesOf(prompt.text.nl) === 1), prompts.length));
line('a scene ("Stel: ...")', share(count((prompt) => /^Stel[,:]/.test(prompt.text.nl)), prompts.length));
console.log('Openings (first two words), most used:');
for (const locale of LOCALES) {
  const top = topOpenings(prompts, locale, 3);
  line(locale, top.map(([opening, n]) => `"${opening}" ${share(n, prompts.length)}`).join(', '));
}

console.log('Themes:');
for (const theme of THEMES) line(theme, count((prompt) => prompt.theme === theme));
const maakbaar = prompts.filter((prompt) => prompt.paradoxId === 'maakbaar-open');
line('maakbaar-open: for rules', `${share(count((prompt) => prompt.favours === 'left', maakbaar), maakbaar.length)}, ${count((prompt) => prompt.favours === 'right', maakbaar)} for letting emerge, the rest an open choice`);

console.log('Calendar:');
for (const moment of CALENDAR_MOMENTS) line(moment, count((prompt) => prompt.calendar === moment));
line('demissionair cabinet', count((prompt) => prompt.demissionair === true));
console.log('Recess dates (recesses.json, published by the Tweede Kamer; otherwise estimated by the rule):');
for (let year = 2022; year <= 2028; year += 1) {
  const estimated = estimatedRecesses(year, library.recesses);
  line(String(year), RECESS_MOMENTS.map((moment) => `${moment} ${estimated.includes(moment) ? 'by the rule' : 'published'}`).join(', '));
}

console.log('Dilemmas and tactics:');
line('dilemmas', `${library.dilemmas.length}, ${library.dilemmas.filter((dilemma) => !dilemma.needsTeam).length} without a team`);
line('Rijk dilemmas without a team', library.dilemmas.filter((dilemma) => dilemma.layers.includes('rijk') && !dilemma.needsTeam).length);
line('tactics', `${library.tactics.length}, ${library.tactics.filter((tactic) => !tactic.needsTeam).length} without a team`);

printSimulatedYears();

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

/**
 * A year from 1 January 2026 on the default schedule (Monday to Friday, no public holidays) for
 * every single-kind profile, once per personal lens; each row shows the worse of the two lenses.
 */
function printSimulatedYears(): void {
  const lenses = library.lenses.filter((lens) => lens.personal).map((lens) => lens.id);
  console.log(`Simulated year per profile (2026, Mon-Fri without holidays; worse of the lenses ${lenses.join(', ')}):`);
  console.log(`  ${'profile'.padEnd(44)} ${'days'.padStart(4)} ${'own'.padStart(5)} ${'rep90'.padStart(5)} ${'rep120'.padStart(6)} ${'cond'.padStart(5)} ${'vandaag'.padStart(7)} ${'spread'.padStart(6)}`);
  const rows: YearFigures[] = [];
  for (const profile of SINGLE_KIND_PROFILES) {
    const figures = lenses.map((lens) => yearFigures(simulateYear(library, profile, { lens }), profile));
    const worst = worse(figures);
    rows.push(worst);
    const label = `${profile.layer}/${profile.kindsOfWork.join('+')}/${profile.leadsPeople ? 'leads' : 'no team'}`;
    console.log(`  ${label.padEnd(44)} ${String(worst.days).padStart(4)} ${pct(worst.ownWorkShare)} ${String(worst.repeatsWithin90).padStart(5)} ${String(worst.repeatsWithin120).padStart(6)} ${pct(worst.conditionalShare)} ${pct(worst.todayShare).padStart(7)} ${String(worst.paradoxSpread).padStart(6)}`);
  }
  const all = worse(rows);
  line('worst over all profiles', `own ${pct(all.ownWorkShare)}, repeats within 90 days ${all.repeatsWithin90}, within 120 days ${all.repeatsWithin120}, conditional ${pct(all.conditionalShare)}, "vandaag" ${pct(all.todayShare)}, paradox spread ${all.paradoxSpread} days`);
  const demissionair = yearFigures(simulateYear(library, { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false }, { lens: 'ideaaltypen', demissionair: true }), { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false });
  line('rijk/beleid, demissionair', `own ${pct(demissionair.ownWorkShare)}, repeats within 90 days ${demissionair.repeatsWithin90}, within 120 days ${demissionair.repeatsWithin120}`);
}

function worse(figures: readonly YearFigures[]): YearFigures {
  const pick = (key: keyof YearFigures, most: boolean): number => (most ? Math.max : Math.min)(...figures.map((each) => each[key]));
  return {
    days: pick('days', false),
    ownWorkShare: pick('ownWorkShare', false),
    repeatsWithin90: pick('repeatsWithin90', true),
    repeatsWithin120: pick('repeatsWithin120', true),
    conditionalShare: pick('conditionalShare', true),
    todayShare: pick('todayShare', true),
    paradoxSpread: pick('paradoxSpread', true),
  };
}

function pct(value: number): string {
  return `${Math.round(100 * value)} %`.padStart(5);
}

function sentencesOf(text: string): number {
  return text.split(/(?<=[.?!:])\s+(?=[A-Z"“'‘])/u).length;
}

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
