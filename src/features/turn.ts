import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Locale } from '../content/types';
import type { Command } from '../domain/commands';
import type { Person } from '../store/people-repository';
import type { BotServices } from './services';
import type { TurnIdentity } from '../teams/turn-identity';

/** One incoming activity, with who sent it and in which language to answer. */
export interface Turn {
  context: TurnContext;
  identity: TurnIdentity;
  locale: Locale;
  /** The sender's profile; present in personal chat. */
  person?: Person;
}

export type CommandHandler = (turn: Turn, command: Command, services: BotServices) => Promise<void>;

/** Handles one card verb. `data` is the raw `action.data`; each handler parses it with zod. */
export type ActionHandler = (turn: Turn, data: unknown, services: BotServices) => Promise<AdaptiveCardInvokeResponse>;
