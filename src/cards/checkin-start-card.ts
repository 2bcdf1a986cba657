import { expandTemplate, type AdaptiveCard } from './template-cache';

export interface ChoiceItem {
  title: string;
  value: string;
}

/** The setup card a starter fills in; the token lets only them submit it. */
export interface CheckinStartData {
  title: string;
  setupNote: string;
  topicLabel: string;
  topics: ChoiceItem[];
  topicValue: string;
  lensLabel: string;
  lenses: ChoiceItem[];
  lensValue: string;
  deadlineLabel: string;
  deadlines: ChoiceItem[];
  hoursValue: string;
  minimumLabel: string;
  minimums: ChoiceItem[];
  minimumValue: string;
  notesLabel: string;
  /** The language of every card of this check-in. */
  languageLabel: string;
  languages: ChoiceItem[];
  languageValue: string;
  submitLabel: string;
  required: string;
  token: string;
}

export function renderCheckinStart(data: CheckinStartData): AdaptiveCard {
  return expandTemplate('checkin-start', data);
}
