import type { z } from 'zod';
import type { AdaptiveCard } from '../cards/template-cache';
import type { Verb } from '../cards/verbs';
import type { Locale } from '../content/types';
import type { Command, CommandKind } from '../domain/commands';
import type { Services } from './services';
import type { PersonalTurn, Turn } from './turn';

/**
 * Where a command or card action works: `personal` in someone's personal chat with Positie
 * (their profile is there), `conversation` in a channel or group chat, `any` everywhere.
 */
export type Scope = 'personal' | 'conversation' | 'any';

type TurnIn<S extends Scope> = S extends 'personal' ? PersonalTurn : Turn;

/** A short note under the clicked card, which stays as it was (e.g. "your question is below"). */
export type MessageReply = { type: 'message'; text: string };

/** Run this command as if it was typed: its cards come below in the chat, the clicked card stays. */
export type CommandReply = { type: 'command'; command: Command };

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

/** A text command: its kinds (words live in src/domain/commands.ts), where it works and what it does. */
export interface CommandDefinition {
  kinds: readonly CommandKind[];
  scope: Scope;
  /** What to say when it is used in the wrong place; a general line by default. */
  elsewhere?: (locale: Locale) => string;
  run(turn: Turn, command: Command, services: Services): Promise<void>;
}

/** A card action: its verb (src/cards/verbs.ts), where it works, its payload and what it does. */
export interface ActionDefinition {
  verb: Verb;
  scope: Scope;
  /** Parses `action.data`; a payload that does not parse gets the "card no longer valid" card. */
  parse(data: unknown): { success: true; data: unknown } | { success: false };
  /** That card's text, when the feature has better words than the general one. */
  invalid?: (locale: Locale) => string;
  run(turn: Turn, input: unknown, services: Services): Promise<ActionReply>;
}

/**
 * Registers a command. The router checks the scope (answering in the wrong place), turns a
 * thrown error into the error card and logs the command; `handle` only does the work.
 */
export function defineCommand<S extends Scope, K extends CommandKind>(definition: {
  kinds: readonly K[];
  scope: S;
  elsewhere?: (locale: Locale) => string;
  handle(turn: TurnIn<S>, command: Extract<Command, { kind: K }>, services: Services): Promise<void>;
}): CommandDefinition {
  const { handle, ...rest } = definition;
  return { ...rest, run: (turn, command, services) => handle(turn as TurnIn<S>, command as Extract<Command, { kind: K }>, services) };
}

/**
 * Registers a card action. The router checks the scope, parses `action.data` with `schema`
 * (nothing reaches `handle` that does not parse), turns a thrown error into the error card,
 * logs the verb and builds the invoke response from what `handle` returns, by the verb's effect
 * (`CLICK_EFFECTS` in src/cards/verbs.ts).
 */
export function defineAction<S extends Scope, T extends z.ZodType>(definition: {
  verb: Verb;
  scope: S;
  schema: T;
  invalid?: (locale: Locale) => string;
  handle(turn: TurnIn<S>, input: z.output<T>, services: Services): Promise<ActionReply>;
}): ActionDefinition {
  const { handle, schema, ...rest } = definition;
  return {
    ...rest,
    parse: (data) => schema.safeParse(data),
    run: (turn, input, services) => handle(turn as TurnIn<S>, input as z.output<T>, services),
  };
}
