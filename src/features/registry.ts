import type { Command } from '../domain/phrase-matching';
import { checkinActions, checkinCommands } from './checkins';
import { coachingActions, coachingCommands } from './coaching';
import { commandCatalog, Understanding } from './command-catalog';
import { craftActions } from './craft';
import type { ActionDefinition, CommandDefinition, ConversationDefinition } from './definitions';
import { helpActions, helpCommands, helpConversation, runCommandActionFor } from './help';
import { historyActions, historyCommands } from './history';
import { privacyActions, privacyCommands } from './privacy';
import { reflectionActions, reflectionCommands } from './reflection';
import type { Services } from './services';
import { settingsActions, settingsCommands } from './settings';
import { summaryCommands } from './summary';

/** A registered command: it may use any part of the services (checked here, where they meet). */
type RegisteredCommand = CommandDefinition<string, Command, Services>;
type RegisteredAction = ActionDefinition<Services>;

/**
 * Every command, by feature. The router answers those it finds here and nothing else; the
 * parser, typo matching, suggestions (ties keep this order), help cards and the manifest's
 * command lists are derived from this list.
 */
export const COMMANDS = [
  ...helpCommands,
  ...reflectionCommands,
  ...settingsCommands,
  ...summaryCommands,
  ...historyCommands,
  ...checkinCommands,
  ...coachingCommands,
  ...privacyCommands,
] as const satisfies readonly RegisteredCommand[];

/** The kinds of the registered commands, derived from the list. */
export type CommandKind = (typeof COMMANDS)[number]['kind'];

/** Talk, suggestions, the welcome and the introduction in a channel (the help feature). */
export const CONVERSATION: ConversationDefinition<Services> = helpConversation;

/** Understands messages with the phrases of `COMMANDS` and the conversation's talk. */
export const UNDERSTANDING = new Understanding(COMMANDS, CONVERSATION.talk);

/** The registered commands as help shows them. */
export const COMMAND_CATALOG = commandCatalog(COMMANDS);

/** Every card action, by feature; each verb once (tests/unit/verbs.test.ts). */
export const ACTIONS: readonly RegisteredAction[] = [
  ...helpActions,
  runCommandActionFor(COMMANDS),
  ...reflectionActions,
  ...settingsActions,
  ...historyActions,
  ...craftActions,
  ...checkinActions,
  ...coachingActions,
  ...privacyActions,
];
