import type { Locale } from '../content/types';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** What a person chose on the settings card. Times are local "HH:mm" in `timeZone`. */
export interface PersonSettings {
  days: Weekday[];
  time: string;
  timeZone: string;
  locale: Locale;
  lens: string;
  summaryDay: Weekday;
  summaryTime: string;
  skipHolidays: boolean;
  /** True once the person picked a language on the settings card; until then it follows Teams. */
  localeChosen?: boolean;
  /** Local date (yyyy-mm-dd); no prompts up to and including this day. */
  pausedUntil?: string;
}

export function defaultSettings(timeZone: string, locale: Locale): PersonSettings {
  return {
    days: [1, 2, 3, 4, 5],
    time: '16:00',
    timeZone,
    locale,
    lens: 'ideaaltypen',
    summaryDay: 5,
    summaryTime: '16:30',
    skipHolidays: true,
  };
}
