import type { ChoiceItem } from './checkin-start-card';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/**
 * An open check-in. The shared card has no answer, no notice and no close button (it cannot
 * know who looks at it); the view returned to one person carries their own answer, or, for the
 * starter, no inputs (they do not answer their own check-in) and the close button.
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
  /** The folds: the note (open when it holds an answer's note), and the intro with how it stays anonymous. */
  noteToggle: string;
  aboutToggle: string;
  noteLabel: string;
  notePlaceholder: string;
  noteValue: string;
  required: string;
  yourAnswer: string;
  /** The starter's own view: no inputs, the close button. */
  isStarter: boolean;
  starterText: string;
  notice: string;
  /** "N more answers needed. Close anyway?" with its two buttons; empty for none. */
  confirmClose: string;
  closeAnywayLabel: string;
  extendLabel: string;
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
