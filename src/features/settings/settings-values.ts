import { z } from 'zod';
import type { SettingsValues } from '../../cards/settings-card';
import { KINDS_OF_WORK, LAYERS, type ContentLibrary, type KindOfWork, type Layer, type Locale } from '../../content/types';
import { isValidLocalTime, isValidTimeZone } from '../../domain/due-times';
import { workProfileOf, type PersonSettings, type Weekday } from '../../domain/person-settings';
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
  // Who you are at work (issue 22). Cards from before these fields send none: the defaults hold.
  layer: z.string().max(40).optional().default(''),
  kindsOfWork: z.string().max(120).optional().default(''),
  leadsPeople: z.string().max(5).optional().default(''),
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
    ...workValues(settings),
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
  const work = parseWork(values, current);
  if (!work) return { error: s.badChoice };
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
      ...work,
    },
  };
}

/** The work profile as the card shows it. */
function workValues(settings: PersonSettings): Pick<SettingsValues, 'layer' | 'kindsOfWork' | 'leadsPeople'> {
  const profile = workProfileOf(settings);
  return { layer: profile.layer, kindsOfWork: profile.kindsOfWork.join(','), leadsPeople: String(profile.leadsPeople) };
}

type WorkFields = Required<Pick<PersonSettings, 'layer' | 'kindsOfWork' | 'leadsPeople'>>;

/**
 * Layer, kinds of work and leading people from the card. An empty field (a card from before
 * these settings) keeps what the person had; an unknown value is refused.
 */
function parseWork(values: SettingsValues, current: PersonSettings): WorkFields | undefined {
  const had = workProfileOf(current);
  const layerText = values.layer.trim();
  const layer = layerText === '' ? had.layer : LAYERS.find((l) => l === layerText);
  const kindsText = values.kindsOfWork.trim();
  const given = kindsText.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const kinds = kindsText === '' ? [...had.kindsOfWork] : given.map((k) => KINDS_OF_WORK.find((known) => known === k));
  const leadsText = values.leadsPeople.trim();
  if (!layer || kinds.length === 0 || kinds.some((k) => k === undefined) || !['', 'true', 'false'].includes(leadsText)) return undefined;
  const chosen = new Set(kinds as KindOfWork[]);
  return {
    layer: layer as Layer,
    // In the library's order, once each, whatever order the card sent.
    kindsOfWork: KINDS_OF_WORK.filter((k) => chosen.has(k)),
    leadsPeople: leadsText === '' ? had.leadsPeople : leadsText === 'true',
  };
}
