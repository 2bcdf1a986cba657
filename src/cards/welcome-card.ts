import type { Locale } from '../content/types';
import type { SettingsValues } from './settings-card';
import { welcomeStrings } from './strings/welcome-strings';
import { reminderStrings } from './strings/reminder-strings';
import { settingsStrings } from './strings/settings-strings';
import { workProfileFields } from './work-profile-fields';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** What the welcome card asks, as the settings card holds it: days, time, work and reminder. */
export type WelcomeValues = Pick<SettingsValues, 'days' | 'time' | 'layer' | 'kindsOfWork' | 'leadsPeople' | 'reminder'> & { reminderTime: string };

export interface WelcomeCardData {
  locale: Locale;
  /** Filled in with the person's settings: the defaults on first contact. */
  values: WelcomeValues;
  /** "op maandag 24 november om 16:00": when the first question comes if nothing changes. */
  firstWhen?: string;
  errorText?: string;
}

/**
 * The first card in a personal chat (and after erasing one's data): what Positie is, and three
 * things to choose with the defaults preselected (when, your work, a reminder). Its labels are the
 * settings card's, so one thing has one name; "Later" keeps the defaults.
 */
export function renderWelcome(data: WelcomeCardData): AdaptiveCard {
  const w = welcomeStrings[data.locale];
  const s = settingsStrings[data.locale];
  const r = reminderStrings[data.locale];
  return expandTemplate('welcome', {
    title: w.title,
    what: w.what,
    who: w.who,
    errorText: data.errorText ?? '',
    setup: w.setup,
    whenHeading: w.whenHeading,
    daysLabel: s.days,
    weekdays: s.weekdays.map((title, i) => ({ title, value: String(i + 1) })),
    timeLabel: s.time,
    timeError: s.timeError,
    workHeading: s.profileHeading,
    workHint: s.profileHint,
    ...workProfileFields(data.locale),
    reminderLabel: w.reminderLabel,
    reminders: [
      { title: r.settingOff, value: 'false' },
      { title: r.settingOn(data.values.reminderTime), value: 'true' },
    ],
    values: data.values,
    firstAt: data.firstWhen ? w.firstAt(data.firstWhen) : '',
    startLabel: w.start,
    laterLabel: w.later,
  });
}
