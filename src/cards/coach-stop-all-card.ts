import type { Locale } from '../content/types';
import { coachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** `coach stop` asks first: stopping with every coach at once is one click away, not zero. */
export function renderCoachStopAll(locale: Locale, coachCount: number): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-stop-all', {
    title: s.stopAllTitle,
    text: s.stopAllText(coachCount),
    confirmLabel: s.stopAllConfirm,
    cancelLabel: s.keepSharing,
  });
}
