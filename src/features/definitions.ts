import type { z } from 'zod';
import type { AdaptiveCard } from '../cards/template-cache';
import type { Verb } from '../cards/verbs';
import type { Locale } from '../content/types';
import type { ArgumentParser, Command, PhraseEntry, Talk } from '../domain/phrase-matching';
import type { PersonalTurn, Turn } from './turn';

/**
 * Where a command or card action works: `personal` in someone's personal chat with Positie
 * (their profile is there), `conversation` in a channel or group chat, `any` everywhere.
 */
export type Scope = 'personal' | 'conversation' | 'any';

type TurnIn<S extends Scope> = S extends 'personal' ? PersonalTurn : Turn;

/** A short note under the clicked card, which stays as it was (e.g. "your question is below"). */
type MessageReply = { type: 'message'; text: string };

/** Run this command as if it was typed: its cards come below in the chat, the clicked card stays. */
type CommandReply = { type: 'command'; command: Command };

/**
 * What a card action answers: a card, a note, or a command to run. Where the card goes is the
 * verb's effect (`CLICK_EFFECTS`, src/cards/verbs.ts), applied by the router: in place of the
 * clicked card for a verb that `updates`, as a new message below for one that `opens`.
 */
export type ActionReply = AdaptiveCard | MessageReply | CommandReply;

export function isCommandReply(reply: ActionReply): reply is CommandReply {
  return reply.type === 'command' && typeof reply.command === 'object';
}

export function messageReply(text: string): MessageReply {
  return { type: 'message', text };
}

export function isMessageReply(reply: ActionReply): reply is MessageReply {
  return reply.type === 'message' && typeof reply.text === 'string';
}

/** A text in both languages (a command's words, its help line). */
export type Words = Readonly<Record<Locale, string>>;

/** Where a command is listed in Teams' command menu (the app manifest), with its description there. */
export interface MenuEntries {
  personal?: Words;
  team?: Words;
  groupChat?: Words;
}

/**
 * A text command, registered once with everything about it: its words and other phrases, its
 * help line, its place in Teams' menu, where it works and what it does. The parser, the typo
 * matching, the help cards and the manifest's command lists are derived from these
 * (src/features/registry.ts); `D` is what the handler uses of the services.
 */
export interface CommandDefinition<K extends string = string, C extends Command = Command, D = never> {
  kind: K;
  /** Its words per language (what help, buttons and the menu show); absent for a command only typed with an argument. */
  words?: Words;
  /** The command its words name (and a button runs). */
  plain: C;
  /** Every phrase that names it (its words first), with the command each one means. */
  entries: readonly PhraseEntry<C>[];
  /** Reads the command with what it carries (a date, a code). */
  parse?: ArgumentParser<C>;
  /** Its line on the personal help card. */
  help?: Words;
  /** Its line on the help card of a channel or group chat. */
  channelHelp?: Words;
  /** Never offered as a "did you mean" button (erasing one's data is asked for by name only). */
  neverSuggested?: boolean;
  /** Explained on another command's help line (that line names it). */
  helpUnder?: string;
  /** Its entries in Teams' command menu; a command that works in channels must be in the team and group chat menus. */
  menu?: MenuEntries;
  scope: Scope;
  /** What to say when it is used in the wrong place; a general line by default. */
  elsewhere?: (locale: Locale) => string;
  run: (turn: Turn, command: Command, deps: D) => Promise<void>;
}

/** A card action: its verb (src/cards/verbs.ts), where it works, its payload and what it does with `D` of the services. */
export interface ActionDefinition<D = never> {
  verb: Verb;
  scope: Scope;
  /** Parses `action.data`; a payload that does not parse gets the "card no longer valid" card. */
  parse(data: unknown): { success: true; data: unknown } | { success: false };
  /** That card's text, when the feature has better words than the general one. */
  invalid?: (locale: Locale) => string;
  run: (turn: Turn, input: unknown, deps: D) => Promise<ActionReply>;
}

/**
 * Registers a command. The router checks the scope (answering in the wrong place), turns a
 * thrown error into the error card and logs the command; `handle` only does the work, with the
 * services it names in its third parameter's type (`Pick<Services, …>`, the feature's deps).
 *
 * `plain` is what the command's words mean (default: only the kind); `variants` are other
 * phrases that mean the command with something set (`samenvatting vorige week`); `parse` reads
 * one that carries a value from the normalised text (`pauze tot 31-12-2026`, `coach K7M2QXP`).
 */
export function defineCommand<S extends Scope, K extends string, D, A extends object = Record<never, never>>(definition: {
  kind: K;
  words?: Words;
  phrases?: readonly string[];
  plain?: A;
  variants?: ReadonlyArray<{ args: NoInfer<A>; phrases: readonly string[] }>;
  parse?: (text: string) => A | undefined;
  help?: Words;
  channelHelp?: Words;
  helpUnder?: string;
  neverSuggested?: boolean;
  menu?: MenuEntries;
  scope: S;
  elsewhere?: (locale: Locale) => string;
  handle(turn: TurnIn<S>, command: { kind: K } & A, deps: D): Promise<void>;
}): CommandDefinition<K, { kind: K } & A, D> {
  const { handle, phrases = [], plain, variants = [], parse, kind, ...rest } = definition;
  const commandOf = (args: A | undefined): { kind: K } & A => ({ kind, ...args }) as { kind: K } & A;
  const words = definition.words ? [definition.words.nl, definition.words.en] : [];
  const entries: PhraseEntry<{ kind: K } & A>[] = [];
  if (words.length + phrases.length > 0) entries.push({ meaning: { command: commandOf(plain) }, phrases: [...new Set([...words, ...phrases])] });
  for (const variant of variants) entries.push({ meaning: { command: commandOf(variant.args) }, phrases: variant.phrases });
  return {
    ...rest,
    kind,
    plain: commandOf(plain),
    entries,
    ...(parse
      ? {
          parse: (text: string) => {
            const args = parse(text);
            return args ? commandOf(args) : undefined;
          },
        }
      : {}),
    run: (turn, command, deps) => handle(turn as TurnIn<S>, command as { kind: K } & A, deps),
  };
}

/**
 * Registers a card action. The router checks the scope, parses `action.data` with `schema`
 * (nothing reaches `handle` that does not parse), turns a thrown error into the error card,
 * logs the verb and builds the invoke response from what `handle` returns, by the verb's effect
 * (`CLICK_EFFECTS` in src/cards/verbs.ts). `handle` names what it uses of the services in its
 * third parameter's type.
 */
export function defineAction<S extends Scope, T extends z.ZodType, D>(definition: {
  verb: Verb;
  scope: S;
  schema: T;
  invalid?: (locale: Locale) => string;
  handle(turn: TurnIn<S>, input: z.output<T>, deps: D): Promise<ActionReply>;
}): ActionDefinition<D> {
  const { handle, schema, ...rest } = definition;
  return {
    ...rest,
    parse: (data) => schema.safeParse(data),
    run: (turn, input, deps) => handle(turn as TurnIn<S>, input as z.output<T>, deps),
  };
}

/** What a message means to Positie: a command, talk, or else the commands closest to it. */
export type Understood = { type: 'command'; command: Command } | { type: Talk } | { type: 'suggestions'; kinds: string[] };

/** The registered commands as the help feature shows them: words, help lines, places. */
export interface CommandCatalog {
  /** A named command's words; undefined for a kind nobody registered. */
  wordsOf(kind: string): Words | undefined;
  /** The help lines of the commands that work in a place, in registry order, with `last` (the help command itself) at the end. */
  helpLines(place: 'personal' | 'conversation', locale: Locale, last?: string): Array<{ kind: string; word: string; meaning: string }>;
}

/**
 * Everything of a message that is no command, and of the turns around commands: the talk
 * phrases (hello, thanks, stop), the answer to talk and to words Positie does not know ("did
 * you mean"), the welcome of a newcomer and the introduction in a channel. One feature (help)
 * registers it; the router calls it like any other handler.
 */
export interface ConversationDefinition<D = never> {
  talk: Readonly<Record<Talk, readonly string[]>>;
  /** Talk, or the suggestions for words Positie does not know. */
  answer: (turn: Turn, understood: Exclude<Understood, { type: 'command' }>, deps: D) => Promise<void>;
  /** Whether this message of a newcomer gets the welcome `instead` of its answer or `after` it. */
  welcomeFor: (turn: Turn, understood: Understood) => 'instead' | 'after' | undefined;
  welcome: (turn: Turn, deps: D) => Promise<void>;
  /** Positie was added to a team or group chat. */
  introduce: (turn: Turn, deps: D) => Promise<void>;
  /** The line for a personal command typed in a channel. */
  personalElsewhere: (turn: Turn, deps: D) => string;
}
