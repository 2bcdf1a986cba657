import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { renderMessage } from '../cards/message-card';
import { localeFromTeams, stringsFor } from '../cards/strings';
import { parseCommand } from '../domain/commands';
import { userRef } from '../log';
import { actionHandlers } from '../features/actions';
import { cardResponse, sendCard } from './card-reply';
import { commandHandlers } from '../features/commands';
import { errorResponse } from './error-response';
import { ReferenceTracker } from './reference-tracker';
import type { BotServices } from '../features/services';
import type { Person } from '../store/people-repository';
import type { Turn } from '../features/turn';
import { identityOf } from './turn-identity';
import { zoneOrDefault } from '../domain/time-zone-of';
import { sendWelcome } from '../features/help/welcome';
import { reschedulePerson } from '../features/settings/reschedule';

const TURN = Symbol('positie.turn');
/** Card clicks come in bursts; for them a profile read this recently is reused. Messages and installs read it fresh. */
const CARD_ACTION_PROFILE_MS = 30_000;

/** Turns Teams activities into domain calls and domain results into cards. */
export class PositieBot extends TeamsActivityHandler {
  private readonly references: ReferenceTracker;

  constructor(private readonly services: BotServices) {
    super();
    this.references = new ReferenceTracker(services.conversations);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Teams sends installationUpdate (with the client's locale) and conversationUpdate (without)
    // on a personal install; welcoming on the first makes the welcome speak the right language.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeIfPersonal(context);
      await next();
    });
  }

  /** Every activity passes here first: who is it, are they allowed, where can we reach them. */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const identity = identityOf(context.activity);
    const fallbackLocale = localeFromTeams(context.activity.locale);
    if (!identity) {
      if (context.activity.type === 'message') await context.sendActivity(stringsFor(fallbackLocale).noIdentity);
      if (context.activity.type === 'invoke') await super.onTurnActivity(context);
      return;
    }
    const allowed = this.services.config.ALLOWED_TENANT_IDS;
    if (allowed.length > 0 && !allowed.includes(identity.tenantId)) {
      this.services.logger.warn({ event: 'tenant.refused' }, 'activity from a tenant that is not allowed');
      if (context.activity.type === 'message') await context.sendActivity(stringsFor(fallbackLocale).foreignTenant);
      if (context.activity.type === 'invoke') {
        const refusal = cardResponse(renderMessage(stringsFor(fallbackLocale).foreignTenant));
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: refusal } });
      }
      return;
    }
    const turn: Turn = { context, identity, locale: fallbackLocale };
    if (identity.conversationType === 'personal') {
      const { person, created } = await this.services.people.ensure({
        tenantId: identity.tenantId,
        aadObjectId: identity.aadObjectId,
        name: identity.name,
        locale: fallbackLocale,
        timeZone: zoneOrDefault(context.activity.localTimezone, this.services.config.DEFAULT_TIME_ZONE),
        now: this.services.now(),
      }, context.activity.type === 'invoke' ? { maxAgeMs: CARD_ACTION_PROFILE_MS } : {});
      if (created) {
        this.services.logger.info({ event: 'person.created', user: userRef(identity.tenantId, identity.aadObjectId) }, 'new person');
        // Someone who deleted their data and comes back needs their reference stored again.
        this.references.forget(person.key);
      }
      if (!person.active) await this.services.people.setActive(person.key, true);
      // New people and people who come back after removing the bot get their schedule (again).
      if (created || !person.active) await reschedulePerson(this.services.due, person.key, person.settings, this.services.now());
      turn.person = await this.followTeamsLocale(person, context.activity.locale);
      turn.locale = turn.person.settings.locale;
      await this.references.remember(person.key, TurnContext.getConversationReference(context.activity));
    }
    context.turnState.set(TURN, turn);
    await super.onTurnActivity(context);
  }

  /** Until the person picks a language in settings, Positie speaks the language of their Teams. */
  private async followTeamsLocale(person: Person, teamsLocale: string | undefined): Promise<Person> {
    if (!teamsLocale || person.settings.localeChosen) return person;
    const locale = localeFromTeams(teamsLocale);
    if (locale === person.settings.locale) return person;
    const settings = { ...person.settings, locale };
    await this.services.people.saveSettings(person.key, settings);
    return { ...person, settings };
  }

  private turnOf(context: TurnContext): Turn | undefined {
    return context.turnState.get(TURN) as Turn | undefined;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const turn = this.turnOf(context);
    if (!turn) return;
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const command = parseCommand(text);
    const handler = command ? commandHandlers[command.kind] : undefined;
    if (!command || !handler) {
      if (text.trim() === '' && context.activity.value !== undefined) return;
      await sendCard(context, renderMessage(stringsFor(turn.locale).unknown));
      return;
    }
    this.services.logger.info({ event: 'command', command: command.kind }, 'command');
    await handler(turn, command, this.services);
  }

  private async welcomeIfPersonal(context: TurnContext): Promise<void> {
    const turn = this.turnOf(context);
    if (turn?.person) await sendWelcome(turn);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const turn = this.turnOf(context);
    const locale = turn?.locale ?? localeFromTeams(context.activity.locale);
    if (!turn) return errorResponse(locale, 'invalid');
    const verb = invokeValue.action?.verb;
    const handler = typeof verb === 'string' && Object.hasOwn(actionHandlers, verb) ? actionHandlers[verb] : undefined;
    if (!handler) {
      this.services.logger.warn({ event: 'action.unknown' }, 'unknown card verb');
      return errorResponse(locale, 'invalid');
    }
    // Each verb logs its own outcome; this line is for tracing only (a click is the hottest path).
    this.services.logger.debug({ event: 'action', verb }, 'card action');
    return handler(turn, invokeValue.action.data, this.services);
  }
}
