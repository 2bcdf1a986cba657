/**
 * Prints one JSON line about the content library: per kind the number of items and how many
 * have every text in each language, plus the number of validation problems (0 when healthy).
 * Usage: npm run content:stats [-- <extra content dir>]
 */
import { BUILT_IN_FILES, checkLibrary, readExtraDir, type ContentSource } from '../src/content/load-content';
import { LOCALES, type Locale } from '../src/content/types';

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
process.exitCode = problems.length === 0 ? 0 : 1;
