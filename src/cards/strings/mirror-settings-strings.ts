import type { Locale } from '../../content/types';

/** The switches of the mirror on the settings card (the reminder's other texts are in reminder-strings.ts). */
export interface MirrorSettingStrings {
  reminderToggle: string;
  quarterHeading: string;
  quarterToggle: string;
}

export const mirrorSettingStrings: Record<Locale, MirrorSettingStrings> = {
  nl: {
    reminderToggle: 'Stuur me één herinnering als mijn vraag nog openstaat',
    quarterHeading: 'Kwartaalspiegel',
    quarterToggle: 'Elk kwartaal een kwartaalspiegel bij mijn weekoverzicht',
  },
  en: {
    reminderToggle: 'Send me one reminder if my question is still open',
    quarterHeading: 'Quarter mirror',
    quarterToggle: 'A quarter mirror with my weekly summary every quarter',
  },
};
