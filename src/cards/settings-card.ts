import type { ContentLibrary, Locale } from '../content/types';
import { settingsStrings } from './strings/settings-strings';
import { mirrorSettingStrings } from './strings/mirror-settings-strings';
import { reminderStrings } from './strings/reminder-strings';
import { workProfileFields } from './work-profile-fields';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** The values as the card holds them (strings, as Teams sends them back). */
export interface SettingsValues {
  days: string;
  time: string;
  timeZone: string;
  locale: string;
  lens: string;
  summaryDay: string;
  summaryTime: string;
  skipHolidays: string;
  // The mirror (issue 20): "true"/"false" switches and the reminder's local time.
  reminder: string;
  reminderTime: string;
  quarterMirror: string;
  /** Who you are at work (issue 22): a layer, kinds of work comma-separated, "true"/"false". */
  layer: string;
  kindsOfWork: string;
  leadsPeople: string;
}

export interface SettingsCardData {
  locale: Locale;
  values: SettingsValues;
  errorText?: string;
  saved?: boolean;
  /** "on Monday 24 November at 16:00", or empty when nothing is scheduled. */
  nextText?: string;
}

export function renderSettings(library: ContentLibrary, data: SettingsCardData): AdaptiveCard {
  const s = settingsStrings[data.locale];
  return expandTemplate('settings', {
    title: s.title,
    errorText: data.errorText ?? '',
    savedText: data.saved ? s.saved : '',
    daysLabel: s.days,
    weekdays: s.weekdays.map((title, i) => ({ title, value: String(i + 1) })),
    timeLabel: s.time,
    timeError: s.timeError,
    zoneLabel: s.zone,
    zoneError: s.zoneError,
    zones: zoneChoices(data.values.timeZone),
    localeLabel: s.locale,
    locales: [
      { title: 'Nederlands', value: 'nl' },
      { title: 'English', value: 'en' },
    ],
    lensLabel: s.lens,
    lenses: library.lenses
      .filter((lens) => lens.personal)
      .map((lens) => ({ title: `${lens.name[data.locale]}: ${lens.roles.map((r) => r.name[data.locale]).join(', ')}`, value: lens.id })),
    summaryDayLabel: s.summaryDay,
    summaryTimeLabel: s.summaryTime,
    holidaysHeading: s.holidaysHeading,
    holidaysLabel: s.holidays,
    reminderTitle: reminderStrings[data.locale].settingLabel,
    reminderToggle: mirrorSettingStrings[data.locale].reminderToggle,
    reminderTimeLabel: reminderStrings[data.locale].timeLabel,
    reminderHelp: reminderStrings[data.locale].settingHelp,
    quarterHeading: mirrorSettingStrings[data.locale].quarterHeading,
    quarterToggle: mirrorSettingStrings[data.locale].quarterToggle,
    profileHeading: s.profileHeading,
    profileHint: s.profileHint,
    ...workProfileFields(data.locale),
    values: data.values,
    nextText: data.nextText ?? '',
    saveLabel: s.save,
    cancelLabel: s.cancel,
  });
}

/** The zone most people here use; first in the list. */
const HOME_ZONE = 'Europe/Amsterdam';

/**
 * Every IANA time zone the runtime knows, Europe/Amsterdam first, for Teams' searchable
 * (filtered) choice list; the person's current zone is kept even when it is an alias.
 */
export function zoneChoices(current: string): { title: string; value: string }[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== HOME_ZONE);
  const listed = [HOME_ZONE, ...(current && current !== HOME_ZONE && !zones.includes(current) ? [current] : []), ...zones];
  return listed.map((zone) => ({ title: zone.replace(/_/g, ' '), value: zone }));
}
