import type { Locale } from '../../content/types';

/** Texts of the optional reminder: the one short message, and its setting. Friendly, never a reproach. */
export interface ReminderStrings {
  /** The message, sent at most once a day while today's question is still open. */
  message: string;
  settingLabel: string;
  settingOff: string;
  settingOn: (time: string) => string;
  timeLabel: string;
  settingHelp: string;
}

const nl: ReminderStrings = {
  message: 'Je vraag van vandaag staat nog open. Een minuut is genoeg, en ‘niet vandaag’ kiezen mag ook.',
  settingLabel: 'Herinnering',
  settingOff: 'Geen herinnering',
  settingOn: (time) => `Herinner me om ${time} als mijn vraag nog openstaat`,
  timeLabel: 'Tijd van de herinnering',
  settingHelp: 'Hooguit één herinnering per dag, nooit na 22:00, en niet op dagen die je oversloeg of pauzeerde.',
};

const en: ReminderStrings = {
  message: 'Today’s question is still open. A minute is enough, and choosing ‘not today’ is fine too.',
  settingLabel: 'Reminder',
  settingOff: 'No reminder',
  settingOn: (time) => `Remind me at ${time} if my question is still open`,
  timeLabel: 'Time of the reminder',
  settingHelp: 'At most one reminder a day, never after 22:00, and not on days you skipped or paused.',
};

export const reminderStrings: Record<Locale, ReminderStrings> = { nl, en };
