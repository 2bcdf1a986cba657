import { expandTemplate, type AdaptiveCard } from './template-cache';

export interface ChoiceItem {
  title: string;
  value: string;
}

/** A recurring check-in of this conversation, as the setup card lists it. */
export interface SeriesLine {
  line: string;
  topic: string;
  seriesId: string;
  stopLabel: string;
  /** Only on the setup card of whoever set it up (others cannot stop it). */
  canStop: boolean;
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
  /** How the thresholds protect people, and what no threshold can. */
  limits: string;
  residualRisk: string;
  repeatToggleLabel: string;
  repeatLabel: string;
  repeats: ChoiceItem[];
  weekdayLabel: string;
  weekdays: ChoiceItem[];
  weekdayValue: string;
  timeLabel: string;
  timeValue: string;
  rotateLabel: string;
  seriesTitle: string;
  series: SeriesLine[];
  submitLabel: string;
  required: string;
  token: string;
}

export function renderCheckinStart(data: CheckinStartData): AdaptiveCard {
  return expandTemplate('checkin-start', data);
}
