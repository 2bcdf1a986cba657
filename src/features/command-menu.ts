import type { Locale } from '../content/types';
import type { CommandDefinition, MenuEntries, Words } from './definitions';

/** Teams' command menu of one place: what the app manifest lists there (scripts/manifest/command-lists.ts). */
type MenuPlace = keyof MenuEntries;

export const MENU_PLACES: readonly MenuPlace[] = ['personal', 'team', 'groupChat'];

export interface MenuCommand {
  kind: string;
  title: Words;
  description: Words;
}

/**
 * The command menus of the manifest, derived from the registered commands: per place, every
 * command with a menu entry there, in registry order with the help command last (as on the help
 * cards). A menu entry needs the command's words: the title is what a click types.
 */
export function commandMenu(commands: ReadonlyArray<Pick<CommandDefinition, 'kind' | 'words' | 'menu'>>, last = 'help'): Record<MenuPlace, MenuCommand[]> {
  const ordered = [...commands.filter((c) => c.kind !== last), ...commands.filter((c) => c.kind === last)];
  const listOf = (place: MenuPlace): MenuCommand[] =>
    ordered.flatMap((c) => {
      const description = c.menu?.[place];
      return c.words && description ? [{ kind: c.kind, title: c.words, description }] : [];
    });
  return { personal: listOf('personal'), team: listOf('team'), groupChat: listOf('groupChat') };
}

/** The language of a manifest localization tag ("nl", "en-US"). */
export function menuLocale(languageTag: string): Locale {
  return languageTag.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
