/**
 * The commands as text: what a message means, every phrase, each command's words. All derived
 * from the registered definitions (src/features/registry.ts); the matching itself is
 * src/domain/phrase-matching.ts.
 */
import type { CommandDefinition, Words } from './definitions';
import { COMMANDS, UNDERSTANDING, type CommandKind } from './registry';

export { editDistance, normaliseText, typosAllowed } from '../domain/phrase-matching';
import type { Talk } from '../domain/phrase-matching';
export type { Talk };
export type { CommandKind } from './registry';

type CommandOf<T> = T extends CommandDefinition<string, infer C, never> ? C : never;

/** Every command a message can mean, with what it carries; derived from the registry. */
export type Command = CommandOf<(typeof COMMANDS)[number]>;

/** What a message means: one of the registered commands, talk, or the closest commands. */
export type Understood = { type: 'command'; command: Command } | { type: Talk } | { type: 'suggestions'; kinds: string[] };

/** Each named command's words, per language (a command typed only with an argument has none). */
export const COMMAND_WORDS: Readonly<Record<string, Words>> = Object.fromEntries(COMMANDS.flatMap((c): Array<[string, Words]> => (c.words ? [[c.kind, c.words]] : [])));

/** Parses a message already stripped of the bot's mention; undefined when it is no command. */
export function parseCommand(text: string): Command | undefined {
  return UNDERSTANDING.parseCommand(text) as Command | undefined;
}

/** Understands a message: a command, talk, or the two commands of `candidates` closest to it. */
export function understand(text: string, candidates?: readonly CommandKind[]): Understood {
  return UNDERSTANDING.understand(text, candidates) as Understood;
}

/** Every phrase with what it means (for the tests and for help texts). */
export function knownPhrases(): ReturnType<typeof UNDERSTANDING.knownPhrases> {
  return UNDERSTANDING.knownPhrases();
}
