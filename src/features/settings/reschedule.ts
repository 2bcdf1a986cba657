import { DateTime } from 'luxon';
import type { Locale } from '../../content/types';
import { nextPromptAt, nextSummaryAt } from '../../domain/due-times';
import { nextReminderAt } from '../../domain/reminder-times';
import type { PersonSettings } from '../../domain/person-settings';
import type { DueRepository } from '../../store/due-repository';

/** `pausedUntil` value for "pause until I say resume". */
export const OPEN_PAUSE = '9999-12-31';

/**
 * Puts the person's next prompt, summary and reminder (when switched on) in the due index (replacing what was there), or
 * removes them when nothing is due. Returns the next prompt instant. A pause, even an open one,
 * keeps the next summary: the week already answered is still summed up (once, for an open pause).
 */
export async function reschedulePerson(due: DueRepository, personKey: string, settings: PersonSettings, after: Date): Promise<Date | undefined> {
  const open = settings.pausedUntil === OPEN_PAUSE;
  const prompt = open ? undefined : nextPromptAt(settings, after);
  const summary = nextSummaryAt(settings, after);
  await (prompt ? due.schedule(personKey, 'prompt', prompt) : due.unschedule(personKey, 'prompt'));
  await (summary ? due.schedule(personKey, 'summary', summary) : due.unschedule(personKey, 'summary'));
  const reminder = open ? undefined : nextReminderAt(settings, after);
  await (reminder ? due.schedule(personKey, 'reminder', reminder) : due.unschedule(personKey, 'reminder'));
  return prompt;
}

/** "op maandag 24 november om 16:00" / "on Monday 24 November at 16:00", in the person's zone. */
export function formatWhen(instant: Date, zone: string, locale: Locale): string {
  const local = DateTime.fromJSDate(instant).setZone(zone).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return locale === 'nl' ? local.toFormat("'op' cccc d MMMM 'om' HH:mm") : local.toFormat("'on' cccc d MMMM 'at' HH:mm");
}

/** A readable local date: "31 december 2026" / "31 December 2026". */
export function formatDate(localDate: string, locale: Locale): string {
  return DateTime.fromISO(localDate).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('d MMMM yyyy');
}
