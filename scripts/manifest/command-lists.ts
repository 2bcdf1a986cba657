import { isDeepStrictEqual } from 'node:util';
import { commandMenu, MENU_PLACES, menuLocale, type MenuCommand } from '../../src/features/command-menu';
import { COMMANDS } from '../../src/features/registry';
import type { LocalizationFile } from './localization';

/** The manifest's command lists as the registry derives them (src/features/command-menu.ts), in the default language. */
export function expectedCommandLists(defaultLanguage: string): Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }> {
  const menu = commandMenu(COMMANDS);
  const locale = menuLocale(defaultLanguage);
  return MENU_PLACES.map((place) => ({ scopes: [place], commands: menu[place].map((c) => ({ title: c.title[locale], description: c.description[locale] })) }));
}

/** The localization keys of the command lists in one language. */
export function expectedCommandStrings(languageTag: string): Record<string, string> {
  const menu = commandMenu(COMMANDS);
  const locale = menuLocale(languageTag);
  const strings: Record<string, string> = {};
  MENU_PLACES.forEach((place, list) => {
    menu[place].forEach((c: MenuCommand, i) => {
      strings[`bots[0].commandLists[${list}].commands[${i}].title`] = c.title[locale];
      strings[`bots[0].commandLists[${list}].commands[${i}].description`] = c.description[locale];
    });
  });
  return strings;
}

const COMMAND_KEY = /^bots\[0\]\.commandLists\[/;

/**
 * Where manifest.json and its languages differ from the registered commands: a command that
 * works in a channel but is not in its menu, a listed command nobody registered, a title or
 * description other than its registration's. Packaging fails on any (scripts/manifest/package.ts).
 */
export function commandListProblems(manifest: unknown, localizations: readonly LocalizationFile[], defaultLanguage: string): string[] {
  const problems: string[] = [];
  const bots = (manifest as { bots?: Array<{ commandLists?: unknown }> }).bots;
  const expected = expectedCommandLists(defaultLanguage);
  if (!isDeepStrictEqual(bots?.[0]?.commandLists, expected)) {
    problems.push(`manifest.json: bots[0].commandLists differ from the registered commands (src/features/registry.ts); expected ${JSON.stringify(expected)}`);
  }
  for (const loc of localizations) {
    const actual = Object.fromEntries(Object.entries(loc.strings).filter(([key]) => COMMAND_KEY.test(key)));
    const wanted = expectedCommandStrings(loc.languageTag);
    if (!isDeepStrictEqual(actual, wanted)) problems.push(`${loc.file}: the command lists differ from the registered commands; expected ${JSON.stringify(wanted)}`);
  }
  return problems;
}
