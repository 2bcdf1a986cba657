import { z } from 'zod';
import type { SettingsValues } from '../../cards/settings-card';
import type { ContentLibrary, Locale } from '../../content/types';
import { isValidLocalTime, isValidTimeZone } from '../../domain/due-times';
import type { PersonSettings, Weekday } from '../../domain/person-settings';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { parseMirrorSettings } from './mirror-settings-values';
import { quarterMirrorOf, reminderOf } from '../../domain/mirror-settings';

/** The settings card as Teams sends it back: every input is a string. */
export const settingsPayloadSchema = z.object({
  days: z.string().max(40).optional().default(''),
  time: z.string().max(20).optional().default(''),
  timeZone: z.string().max(64).optional().default(''),
  locale: z.string().max(5).optional().default(''),
  lens: z.string().max(40).optional().default(''),
  summaryDay: z.string().max(2).optional().default(''),
  summaryTime: z.string().max(20).optional().default(''),
  skipHolidays: z.string().max(5).optional().default('true'),
  // The mirror (issue 20); empty (a card from before) keeps what is stored.
  reminder: z.string().max(5).optional().default(''),
  reminderTime: z.string().max(20).optional().default(''),
  quarterMirror: z.string().max(5).optional().default(''),
});

export type SettingsPayload = z.infer<typeof settingsPayloadSchema>;

export function toValues(settings: PersonSettings): SettingsValues {
  return {
    days: settings.days.join(','),
    time: settings.time,
    timeZone: settings.timeZone,
    locale: settings.locale,
    lens: settings.lens,
    summaryDay: String(settings.summaryDay),
    summaryTime: settings.summaryTime,
    skipHolidays: String(settings.skipHolidays),
    reminder: String(reminderOf(settings).enabled),
    reminderTime: reminderOf(settings).time,
    quarterMirror: String(quarterMirrorOf(settings)),
  };
}

const weekday = (v: string): Weekday | undefined => (/^[1-7]$/.test(v) ? (Number(v) as Weekday) : undefined);
/** Teams may send "16:00" or "16:00:00". */
const hhmm = (v: string): string => v.trim().slice(0, 5);

/** Checks the card's values; the error text says why nothing was saved. */
export function parseSettings(values: SettingsValues, current: PersonSettings, library: ContentLibrary, locale: Locale): { settings: PersonSettings } | { error: string } {
  const s = settingsStrings[locale];
  const rawDays = values.days.split(',').map((d) => d.trim()).filter((d) => d !== '');
  const days = [...new Set(rawDays.map(weekday))];
  const summaryDay = weekday(values.summaryDay);
  if (!isValidLocalTime(hhmm(values.time)) || values.time.trim().length > 8) return { error: s.badTime(values.time) };
  if (!isValidLocalTime(hhmm(values.summaryTime)) || values.summaryTime.trim().length > 8) return { error: s.badTime(values.summaryTime) };
  if (!isValidTimeZone(values.timeZone.trim())) return { error: s.badZone(values.timeZone) };
  const personalLens = library.lenses.some((l) => l.personal && l.id === values.lens);
  if (days.some((d) => d === undefined) || !summaryDay || !personalLens || !['nl', 'en'].includes(values.locale) || !['true', 'false'].includes(values.skipHolidays)) {
    return { error: s.badChoice };
  }
  const mirror = parseMirrorSettings(values, current, locale);
  if ('error' in mirror) return mirror;
  return {
    settings: {
      ...current,
      days: (days as Weekday[]).sort(),
      time: hhmm(values.time),
      timeZone: values.timeZone.trim(),
      locale: values.locale as Locale,
      localeChosen: true,
      lens: values.lens,
      summaryDay,
      summaryTime: hhmm(values.summaryTime),
      skipHolidays: values.skipHolidays === 'true',
      ...mirror.settings,
    },
  };
}
