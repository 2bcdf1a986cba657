import type { Locale } from '../content/types';
import { dayStrings } from './strings/day-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** Shown under today's answered card when `reflecteer` comes again: one more question, explicitly as an extra. */
export function renderExtraOffer(locale: Locale): AdaptiveCard {
  const s = dayStrings[locale];
  return expandTemplate('extra-offer', { alreadyText: s.alreadyToday, offerText: s.extraOffer, extraLabel: s.extraButton });
}
