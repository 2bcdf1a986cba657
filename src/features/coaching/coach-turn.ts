import type { CoachingDeps } from './coaching-deps';
import { DateTime } from 'luxon';
import type { Locale } from '../../content/types';
import type { Person } from '../../domain/person';

/** Display names from the People table (never from card data); `fallback` for someone deleted. */
export async function namesOf(services: CoachingDeps, keys: readonly string[], fallback: string): Promise<Map<string, string>> {
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
