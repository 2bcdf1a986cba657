import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { renderError } from '../cards/error-card';
import { renderMessage } from '../cards/message-card';
import { stringsFor } from '../cards/strings';
import type { Locale } from '../content/types';
import type { Command } from '../domain/phrase-matching';
import { Understanding } from '../features/command-catalog';
import { isCommandReply, isMessageReply, type ActionDefinition, type CommandDefinition, type ConversationDefinition, type Scope } from '../features/definitions';
import type { Services } from '../features/services';
import type { Turn } from '../features/turn';
import type { AdaptiveCard } from '../cards/template-cache';
import { clickEffectOf, currentVerb, type ClickEffect } from '../cards/verbs';
import { errorSummary } from '../log';
import { cardResponse, messageResponse } from './card-reply';

/** Whether `turn` happens where `scope` allows; personal scope needs the profile too. */
function inScope(scope: Scope, turn: Turn): boolean {
  if (scope === 'any') return true;
  if (scope === 'personal') return turn.identity.conversationType === 'personal' && turn.person !== undefined;
  return turn.identity.conversationType !== 'personal';
}

function elsewhereText(definition: { scope: Scope; elsewhere?: (locale: Locale) => string }, locale: Locale): string {
  if (definition.elsewhere) return definition.elsewhere(locale);
  const s = stringsFor(locale).scope;
  return definition.scope === 'personal' ? s.personalOnly : s.conversationOnly;
}

/**
 * The one way commands and card actions run: scope check with a reply in the person's language,
 * payload parsing, one log line, and a thrown error turned into the friendly error card. Handlers
 * (src/features/*) only do their work and return or send cards.
 */
/** What the router answers: the registered commands, card actions and conversation (src/features/registry.ts). */
export interface Handlers {
  commands: ReadonlyArray<CommandDefinition<string, Command, Services>>;
  actions: ReadonlyArray<ActionDefinition<Services>>;
  conversation: ConversationDefinition<Services>;
}

export class Router {
  private readonly commands = new Map<string, CommandDefinition<string, Command, Services>>();
  private readonly actions = new Map<string, ActionDefinition<Services>>();
  private readonly conversation: ConversationDefinition<Services>;
  private readonly understanding: Understanding;

  constructor(
    handlers: Handlers,
    private readonly services: Services,
  ) {
    const { commands, actions } = handlers;
    this.conversation = handlers.conversation;
    this.understanding = new Understanding(commands, handlers.conversation.talk);
    for (const command of commands) {
      if (this.commands.has(command.kind)) throw new Error(`command registered twice: ${command.kind}`);
      this.commands.set(command.kind, command);
    }
    for (const action of actions) {
      if (this.actions.has(action.verb)) throw new Error(`verb registered twice: ${action.verb}`);
      this.actions.set(action.verb, action);
    }
  }

  /**
   * A message: the command it names, a friendly answer to talk, or the closest commands as
   * buttons. Someone Positie does not know yet gets the welcome too (src/features/help/welcome.ts).
   */
  async message(turn: Turn, text: string): Promise<void> {
    const understood = this.understanding.understand(text, this.kindsHere(turn));
    this.services.telemetry.nameTurn(understood.type === 'command' ? `command ${understood.command.kind}` : understood.type);
    const welcome = this.conversation.welcomeFor(turn, understood);
    if (welcome === 'instead') return this.conversation.welcome(turn, this.services);
    if (understood.type === 'command') await this.run(turn, understood.command);
    else await this.conversation.answer(turn, understood, this.services);
    if (welcome === 'after') await this.conversation.welcome(turn, this.services);
  }

  /** Someone installed Positie in their personal chat: the welcome. */
  async installed(turn: Turn): Promise<void> {
    if (turn.person) await this.conversation.welcome(turn, this.services);
  }

  /** Positie was added to a team or group chat: it says once, there, what it does. */
  async addedToConversation(turn: Turn): Promise<void> {
    if (turn.identity.conversationType !== 'personal') await this.conversation.introduce(turn, this.services);
  }

  /** The named commands that work where this turn happens (what "did you mean" may offer). */
  private kindsHere(turn: Turn): string[] {
    return this.understanding.named.filter((kind) => {
      const definition = this.commands.get(kind);
      return definition !== undefined && inScope(definition.scope, turn) && !definition.neverSuggested;
    });
  }

  /** Runs a command: scope check with a reply in the person's language, one log line, the error card on a throw. */
  private async run(turn: Turn, command: Command): Promise<void> {
    const definition = this.commands.get(command.kind);
    if (!definition) {
      await turn.reply(renderMessage(stringsFor(turn.locale).unknown));
      return;
    }
    if (!inScope(definition.scope, turn)) {
      await turn.reply(renderMessage(this.elsewhere(definition, turn)));
      return;
    }
    this.services.logger.info({ event: 'command', command: command.kind }, 'command');
    try {
      await definition.run(turn, command, this.services);
    } catch (error) {
      this.services.logger.error({ event: 'command.failed', command: command.kind, err: errorSummary(error) }, 'command failed');
      await turn.reply(renderError(turn.locale, 'generic'));
    }
  }

  /** A personal command in a channel points to the personal chat; the rest say where they work. */
  private elsewhere(definition: CommandDefinition<string, Command, Services>, turn: Turn): string {
    if (!definition.elsewhere && definition.scope === 'personal' && turn.identity.conversationType !== 'personal') return this.conversation.personalElsewhere(turn, this.services);
    return elsewhereText(definition, turn.locale);
  }

  /**
   * A button that runs a command: on a card that opens things, the command answers as typed,
   * below in the chat; on a card being answered, its first card takes the clicked one's place.
   */
  private async runFromCard(turn: Turn, command: Command, effect: ClickEffect): Promise<AdaptiveCardInvokeResponse> {
    if (effect === 'opens') {
      await this.run(turn, command);
      return messageResponse(stringsFor(turn.locale).click.below);
    }
    let first: AdaptiveCard | undefined;
    const capturing: Turn = { ...turn, reply: async (card) => (first ? turn.reply(card) : void (first = card)) };
    await this.run(capturing, command);
    return first ? cardResponse(first) : messageResponse(stringsFor(turn.locale).error.generic);
  }

  /**
   * A card click (Action.Execute). What the answer does to the clicked card is the verb's
   * effect (`CLICK_EFFECTS` in src/cards/verbs.ts), for every outcome, errors included: a verb
   * that `opens` something sends its cards as new messages at the bottom of the chat and leaves
   * the clicked card as it was, with a short note; a verb that `updates` answers with the card
   * that takes the clicked one's place.
   */
  async action(turn: Turn, clicked: unknown, data: unknown): Promise<AdaptiveCardInvokeResponse> {
    // A card already in a chat may carry a verb's old word (src/cards/verbs.ts, OLD_VERBS).
    const verb = currentVerb(clicked);
    const effect = clickEffectOf(verb);
    const definition = typeof verb === 'string' ? this.actions.get(verb) : undefined;
    if (!definition) {
      this.services.logger.warn({ event: 'action.unknown' }, 'unknown card verb');
      return refusal(effect, renderError(turn.locale, 'invalid'), stringsFor(turn.locale).error.invalid);
    }
    if (!inScope(definition.scope, turn)) {
      const text = elsewhereText(definition, turn.locale);
      return refusal(effect, renderMessage(text), text);
    }
    const parsed = definition.parse(data ?? {});
    if (!parsed.success) {
      this.services.logger.info({ event: 'action.invalid', verb: definition.verb }, 'card data did not parse');
      const text = definition.invalid ? definition.invalid(turn.locale) : stringsFor(turn.locale).error.invalid;
      return refusal(effect, definition.invalid ? renderMessage(text, stringsFor(turn.locale).error.title) : renderError(turn.locale, 'invalid'), text);
    }
    // Each verb logs its own outcome; this line is for tracing only (a click is the hottest path).
    this.services.logger.debug({ event: 'action', verb: definition.verb }, 'card action');
    try {
      const reply = await definition.run(turn, parsed.data, this.services);
      if (isCommandReply(reply)) return await this.runFromCard(turn, reply.command, effect);
      if (isMessageReply(reply)) return messageResponse(reply.text);
      if (effect === 'updates') return cardResponse(reply);
      await turn.reply(reply);
      return messageResponse(stringsFor(turn.locale).click.below);
    } catch (error) {
      this.services.logger.error({ event: 'action.failed', verb: definition.verb, err: errorSummary(error) }, 'card action failed');
      return refusal(effect, renderError(turn.locale, 'generic'), stringsFor(turn.locale).error.generic);
    }
  }
}

/** A click that did not go through: a card in place of one being answered, a note under any other (which stays as it was). */
function refusal(effect: ClickEffect, card: AdaptiveCard, text: string): AdaptiveCardInvokeResponse {
  return effect === 'updates' ? cardResponse(card) : messageResponse(text);
}
