import type { TurnDeps } from './turn-deps';
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { renderMessage } from '../cards/message-card';
import { localeFromTeams, stringsFor } from '../cards/strings';
import type { Locale } from '../content/types';
import type { ConversationRef } from '../domain/conversation-ref';
import { zoneOrDefault } from '../domain/time-zone-of';
import type { Services } from '../features/services';
import { reschedulePerson } from '../features/settings/reschedule';
import type { Turn } from '../features/turn';
import type { Person } from '../domain/person';
import { cardResponse, messageResponse, sendCard } from './card-reply';
import { clickEffectOf } from '../cards/verbs';
import type { ReferenceTracker } from './reference-tracker';
import { identityOf } from './turn-identity';
import { clickedVerb } from './clicked-verb';

/** Card clicks come in bursts; for them a profile read this recently is reused. Messages and installs read it fresh. */
const CARD_ACTION_PROFILE_MS = 30_000;

/**
 * Builds the turn of one activity, step by step: who acts (from the activity only), whether
 * their tenant may use Positie, their profile in personal chat, their language, and where to
 * reach them later. Undefined when the activity was answered here (refused) and goes no further.
 */
export async function turnOf(context: TurnContext, services: TurnDeps, references: ReferenceTracker): Promise<Turn | undefined> {
  const activity = context.activity;
  const fallbackLocale = clientLocale(activity, services.config);
  const identity = identityOf(activity);
  if (!identity) return refuse(context, stringsFor(fallbackLocale).noIdentity);
  const allowed = services.config.ALLOWED_TENANT_IDS;
  if (allowed.length > 0 && !allowed.includes(identity.tenantId)) {
    services.logger.warn({ event: 'tenant.refused' }, 'activity from a tenant that is not allowed');
    return refuse(context, stringsFor(fallbackLocale).foreignTenant);
  }
  const turn: Turn = { identity, locale: fallbackLocale, conversation: conversationOf(activity), reply: (card) => sendCard(context, card) };
  if (identity.conversationType !== 'personal') return turn;

  const found = await profileOf(turn, activity, services);
  if (!found) return refuse(context, stringsFor(fallbackLocale).noProfile);
  if (found.created) turn.newcomer = true;
  const person = await services.people.keepNameCurrent(found.person, identity.name);
  turn.person = await followTeamsLocale(person, fallbackLocale, services);
  turn.locale = turn.person.settings.locale;
  await references.remember(person, TurnContext.getConversationReference(activity));
  return turn;
}

/**
 * The sender's profile. A message or an install creates it on first contact; a card click
 * never does (a stale card after "delete my data" must not bring the person back), so a click
 * without a profile gets undefined and writes nothing.
 */
async function profileOf(turn: Turn, activity: Activity, services: TurnDeps): Promise<{ person: Person; created: boolean } | undefined> {
  const { tenantId, aadObjectId, name } = turn.identity;
  if (activity.type === ActivityTypes.Invoke) {
    const person = await services.people.find(tenantId, aadObjectId, { maxAgeMs: CARD_ACTION_PROFILE_MS });
    if (person && !person.active) await comeBack(person, false, services);
    return person ? { person, created: false } : undefined;
  }
  const now = services.now();
  const timeZone = zoneOrDefault(activity.localTimezone, services.config.DEFAULT_TIME_ZONE);
  const { person, created } = await services.people.ensure({ tenantId, aadObjectId, name, locale: turn.locale, timeZone, now });
  if (created) services.logger.info({ event: 'person.created' }, 'new person');
  if (created || !person.active) await comeBack(person, created, services);
  return { person, created };
}

/** New people, and people who come back after removing the bot, get their schedule (again). */
async function comeBack(person: Person, created: boolean, services: TurnDeps): Promise<void> {
  if (!created) await services.people.setActive(person.key, true);
  await reschedulePerson(services.due, person.key, person.settings, services.now());
}

/**
 * The client's language. Real Teams clients (credentials configured) say theirs; without one, and
 * always in local mode, DEFAULT_LANGUAGE: the Agents Playground fixes en-US in every activity,
 * whatever the browser says, and a Dutch demo must not turn English because of it.
 */
function clientLocale(activity: Activity, config: Services['config']): Locale {
  if (!config.MicrosoftAppId || !activity.locale) return config.DEFAULT_LANGUAGE;
  return localeFromTeams(activity.locale);
}

/** Until the person picks a language in settings, Positie speaks the language of their client. */
async function followTeamsLocale(person: Person, locale: Locale, services: TurnDeps): Promise<Person> {
  if (person.settings.localeChosen) return person;
  if (locale === person.settings.locale) return person;
  const settings = { ...person.settings, locale };
  await services.people.saveSettings(person.key, settings);
  return { ...person, settings };
}

/** This conversation as a plain reference, without the member who acted. */
function conversationOf(activity: Activity): Turn['conversation'] {
  const { id, conversationType, tenantId, isGroup } = activity.conversation;
  const reference: ConversationRef & { conversation: { id: string } } = {
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId,
    conversation: { id, conversationType, tenantId, isGroup, name: '' },
    bot: { id: activity.recipient.id, name: activity.recipient.name },
  };
  return reference;
}

/** Answers a refused activity in its own form (a message, or the card of a card click). */
async function refuse(context: TurnContext, text: string): Promise<undefined> {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(text);
  if (context.activity.type === ActivityTypes.Invoke) {
    // A card that must not change (a weekly summary, say) keeps its place even for a refused click.
    const verb = clickedVerb(context.activity.value);
    const body = clickEffectOf(verb) === 'updates' ? cardResponse(renderMessage(text)) : messageResponse(text);
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  }
  return undefined;
}
