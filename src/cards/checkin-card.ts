import type { ChoiceItem } from './checkin-start-card';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/**
 * An open check-in. The shared card has no answer and no notice; the view returned to one
 * person after they answer carries their own answer (`yourAnswer`, the prefilled values).
 */
export interface CheckinCardData {
  checkinId: string;
  heading: string;
  title: string;
  intro: string;
  question: string;
  choiceLabel: string;
  choices: ChoiceItem[];
  choiceValue: string;
  roleLabel: string;
  roles: ChoiceItem[];
  roleValue: string;
  notesAllowed: boolean;
  noteLabel: string;
  notePlaceholder: string;
  noteValue: string;
  required: string;
  yourAnswer: string;
  notice: string;
  counter: string;
  due: string;
  privacy: string;
  answerLabel: string;
  closeLabel: string;
  refreshLabel: string;
}

export function renderCheckinCard(data: CheckinCardData): AdaptiveCard {
  return expandTemplate('checkin-card', data);
}
