import type { Locale } from '../content/types';
import { inertText } from './inert-text';
import { unsavedStrings } from './strings/unsaved-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** What the person sent with the answer button: sent back unchanged by the retry button. */
export interface UnsavedAnswer {
  deliveryId: string;
  ticket: string;
  position: string;
  role: string;
  tactic: string;
  note: string;
}

/**
 * The answer to a card action that failed before its handler could answer (e.g. storage hangs
 * while the profile is read): what they wrote stays in view, and one click sends it again.
 */
export function renderUnsavedAnswer(locale: Locale, answer: UnsavedAnswer): AdaptiveCard {
  const s = unsavedStrings[locale];
  return expandTemplate('unsaved-answer', { title: s.title, text: s.text, noteLabel: s.noteLabel, retryLabel: s.retry, shownNote: inertText(answer.note), ...answer });
}
