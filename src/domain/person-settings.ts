import type { KindOfWork, Layer, Locale } from '../content/types';
import { DEFAULT_PROFILE, type WorkProfile } from './content-fit';
import { DEFAULT_REMINDER, type ReminderSetting } from './reminder-setting';

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
  // The mirror (issue 20). Optional: profiles saved before these existed read the defaults (mirror-settings.ts).
  /** The optional daily reminder; off by default. */
  reminder?: ReminderSetting;
  /** The quarter mirror with every 13th weekly summary; on by default. */
  quarterMirror?: boolean;
  /**
   * Who you are at work (issue 22): layer, kinds of work, whether you lead people. Absent until
   * the person saves the settings card (and on older profiles): workProfileOf reads the default.
   */
  layer?: Layer;
  kindsOfWork?: KindOfWork[];
  leadsPeople?: boolean;
}

/** True once the person said where and what they work (the settings card saves all three). */
export function hasWorkProfile(settings: PersonSettings): boolean {
  return settings.layer !== undefined;
}

/** The person's work profile; without one it is the default (Rijk, beleid, no team). */
export function workProfileOf(settings: PersonSettings): WorkProfile {
  return {
    layer: settings.layer ?? DEFAULT_PROFILE.layer,
    kindsOfWork: settings.kindsOfWork && settings.kindsOfWork.length > 0 ? settings.kindsOfWork : DEFAULT_PROFILE.kindsOfWork,
    leadsPeople: settings.leadsPeople ?? DEFAULT_PROFILE.leadsPeople,
  };
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
    reminder: { ...DEFAULT_REMINDER },
    quarterMirror: true,
  };
}
