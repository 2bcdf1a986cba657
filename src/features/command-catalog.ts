import type { Locale } from '../content/types';
import { Vocabulary, type ArgumentParser, type Command, type PhraseEntry, type Talk } from '../domain/phrase-matching';
import type { CommandCatalog, CommandDefinition, Understood } from './definitions';

/** What matching and listing need of a command definition (not its handler). */
type Listed = Pick<CommandDefinition, 'kind' | 'words' | 'entries' | 'scope' | 'help' | 'channelHelp' | 'neverSuggested'> & { parse?: ArgumentParser };

/**
 * Understands messages with the phrases of the registered commands and talk: the parser, the
 * typo matching and the suggestions all read the same definitions.
 */
export class Understanding {
  private readonly vocabulary: Vocabulary;
  /** The kinds a button or a suggestion can name (those with words), in registry order. */
  readonly named: readonly string[];

  constructor(commands: readonly Listed[], talk: Readonly<Record<Talk, readonly string[]>>) {
    const talkEntries: PhraseEntry[] = (Object.keys(talk) as Talk[]).map((t) => ({ meaning: { talk: t }, phrases: talk[t] }));
    const parsers = commands.flatMap((c) => (c.parse ? [c.parse] : []));
    this.vocabulary = new Vocabulary([...commands.flatMap((c) => c.entries), ...talkEntries], parsers);
    this.named = commands.filter((c) => c.words).map((c) => c.kind);
  }

  /** The command a message names; undefined when it is none (talk, or unknown words). */
  parseCommand(text: string): Command | undefined {
    const meaning = this.vocabulary.meaningOf(text);
    return meaning && 'command' in meaning ? meaning.command : undefined;
  }

  /**
   * A command, a greeting, thanks, "stop", or else the two commands (of `candidates`, those that
   * work where the message was sent) closest to what was typed.
   */
  understand(text: string, candidates: readonly string[] = this.named): Understood {
    const meaning = this.vocabulary.meaningOf(text);
    if (meaning) return 'command' in meaning ? { type: 'command', command: meaning.command } : { type: meaning.talk };
    return { type: 'suggestions', kinds: this.vocabulary.closest(text, candidates, 2) };
  }

  knownPhrases(): ReadonlyArray<readonly [string, PhraseEntry['meaning']]> {
    return this.vocabulary.phrases();
  }
}

/** The registered commands as help shows them (src/features/definitions.ts, `CommandCatalog`). */
export function commandCatalog(commands: readonly Listed[]): CommandCatalog {
  const byKind = new Map(commands.map((c) => [c.kind, c] as const));
  return {
    wordsOf: (kind) => byKind.get(kind)?.words,
    helpLines: (place: 'personal' | 'conversation', locale: Locale, last?: string) => {
      const lines = commands.flatMap((c) => {
        const meaning = place === 'personal' ? c.help : c.channelHelp;
        return c.words && meaning ? [{ kind: c.kind, word: c.words[locale], meaning: meaning[locale] }] : [];
      });
      return [...lines.filter((l) => l.kind !== last), ...lines.filter((l) => l.kind === last)];
    },
  };
}
