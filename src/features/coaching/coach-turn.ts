import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { DateTime } from 'luxon';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { coachStrings } from '../../cards/strings/coach-strings';
import type { Locale } from '../../content/types';
import { errorSummary } from '../../log';
import type { Person } from '../../store/people-repository';
import { cardResponse, sendCard } from '../../teams/card-reply';
import type { BotServices } from '../services';
import type { Turn } from '../turn';

/** The invoker's profile; outside personal chat they are told that coaching lives there. */
export async function personalPerson(turn: Turn): Promise<Person | undefined> {
  if (turn.person) return turn.person;
  await sendCard(turn.context, renderMessage(coachStrings[turn.locale].personalOnly));
  return undefined;
}

export async function sendText(turn: Turn, text: string): Promise<void> {
  await sendCard(turn.context, renderMessage(text));
}

/** The answer to a card action with a short text. */
export function textResponse(text: string): AdaptiveCardInvokeResponse {
  return cardResponse(renderMessage(text));
}

/** A payload that does not parse, or a card used outside personal chat: nothing is written. */
export function invalidCardResponse(locale: Locale): AdaptiveCardInvokeResponse {
  return cardResponse(renderMessage(coachStrings[locale].invalid, stringsFor(locale).error.title));
}

/** Runs a card action; a storage failure becomes a friendly card and a log line without names. */
export async function guarded(turn: Turn, services: BotServices, run: () => Promise<AdaptiveCardInvokeResponse>): Promise<AdaptiveCardInvokeResponse> {
  try {
    return await run();
  } catch (error) {
    services.logger.error({ event: 'coach.action_failed', err: errorSummary(error) }, 'coach action failed');
    const s = stringsFor(turn.locale).error;
    return cardResponse(renderMessage(s.generic, s.title));
  }
}

/** Display names from the People table (never from card data); `fallback` for someone deleted. */
export async function namesOf(services: BotServices, keys: readonly string[], fallback: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const key of new Set(keys)) names.set(key, (await services.people.get(key))?.name || fallback);
  return names;
}

/** "12 februari 2026" on the reader's calendar. */
export function formatDay(iso: string, person: Person, locale: Locale): string {
  return DateTime.fromISO(iso).setZone(person.settings.timeZone).setLocale(locale).toFormat('d LLLL yyyy');
}

/** "12 februari 2026, 14:05" on the reader's clock. */
export function formatMoment(iso: string, person: Person, locale: Locale): string {
  return DateTime.fromISO(iso).setZone(person.settings.timeZone).setLocale(locale).toFormat('d LLLL yyyy, HH:mm');
}
