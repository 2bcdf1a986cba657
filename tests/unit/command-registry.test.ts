import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandListProblems } from '../../scripts/manifest/command-lists';
import type { LocalizationFile } from '../../scripts/manifest/localization';
import { MANIFEST_DIR } from '../../scripts/manifest/package';
import { renderHelp } from '../../src/cards/help-card';
import { renderChannelHelp } from '../../src/cards/talk-card';
import { commandMenu } from '../../src/features/command-menu';
import { parseCommand } from '../../src/features/commands';
import { COMMAND_CATALOG, COMMANDS } from '../../src/features/registry';

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(MANIFEST_DIR, file), 'utf8')) as Record<string, unknown>;
const LOCALES = ['nl', 'en'] as const;

/** The checked-in manifest and its languages, as packaging reads them. */
function manifestFiles(): { manifest: Record<string, unknown>; localizations: LocalizationFile[] } {
  return {
    manifest: readJson('manifest.json'),
    localizations: [
      { file: 'nl.json', languageTag: 'nl', isDefault: true, strings: readJson('nl.json') },
      { file: 'en.json', languageTag: 'en', isDefault: false, strings: readJson('en.json') },
    ],
  };
}

describe('a command is registered once, and everything that lists commands comes from that registration', () => {
  it('when a personal command has words, then the personal help card has a line for it, or the line of the command it names in `helpUnder` mentions it', () => {
    for (const locale of LOCALES) {
      const card = JSON.stringify(renderHelp(locale, COMMAND_CATALOG.helpLines('personal', locale, 'help')));
      for (const command of COMMANDS.filter((c) => c.scope !== 'conversation' && c.words)) {
        const under = 'helpUnder' in command ? COMMANDS.find((c) => c.kind === command.helpUnder) : undefined;
        const line = command.help?.[locale] ?? (under?.help?.[locale] ?? '').toLowerCase();
        const shown = command.help ? card.includes(line) : line.includes(command.words?.[locale] ?? '');
        expect([command.kind, locale, shown]).toEqual([command.kind, locale, true]);
      }
    }
  });

  it('when a command works in a channel, then the channel help card has its line and the team and group chat menus list it', () => {
    const menu = commandMenu(COMMANDS);
    for (const command of COMMANDS.filter((c) => c.scope !== 'personal')) {
      expect([command.kind, command.channelHelp !== undefined]).toEqual([command.kind, true]);
      for (const locale of LOCALES) {
        const card = JSON.stringify(renderChannelHelp(locale, undefined, COMMAND_CATALOG.helpLines('conversation', locale, 'help')));
        expect([command.kind, card.includes(`@Positie ${command.words?.[locale] ?? command.kind}`)]).toEqual([command.kind, true]);
      }
      expect([command.kind, menu.team.some((m) => m.kind === command.kind), menu.groupChat.some((m) => m.kind === command.kind)]).toEqual([command.kind, true, true]);
    }
  });

  it('when the manifest is packaged, then its command lists are exactly the registered ones (none missing, none unregistered), in both languages', () => {
    const { manifest, localizations } = manifestFiles();
    expect(commandListProblems(manifest, localizations, 'nl')).toEqual([]);
  });

  it('when the manifest lists a command nobody registered, or misses a registered one, then packaging names the difference', () => {
    const { manifest, localizations } = manifestFiles();
    const lists = (manifest.bots as Array<{ commandLists: Array<{ commands: Array<{ title: string; description: string }> }> }>)[0]?.commandLists ?? [];
    lists[1]?.commands.push({ title: 'versie', description: 'De versie van Positie' });
    expect(commandListProblems(manifest, localizations, 'nl').join('\n')).toMatch(/manifest\.json: bots\[0\]\.commandLists differ/);
    lists[1]?.commands.pop();
    lists[1]?.commands.shift();
    expect(commandListProblems(manifest, localizations, 'nl').join('\n')).toMatch(/manifest\.json: bots\[0\]\.commandLists differ/);
  });

  it('when a menu or help card shows a command word, then typing that word runs that command', () => {
    for (const command of COMMANDS) {
      for (const locale of LOCALES) {
        const word = command.words?.[locale];
        if (word) expect([word, parseCommand(word)?.kind]).toEqual([word, command.kind]);
      }
    }
  });

  it('when two definitions claim one kind, or one phrase means two commands, then the registry says so', () => {
    const kinds = COMMANDS.map((c) => c.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const seen = new Map<string, string>();
    for (const command of COMMANDS) {
      for (const entry of command.entries) {
        for (const phrase of entry.phrases) {
          const meaning = JSON.stringify(entry.meaning);
          expect([phrase, seen.get(phrase) ?? meaning]).toEqual([phrase, meaning]);
          seen.set(phrase, meaning);
        }
      }
    }
  });
});
