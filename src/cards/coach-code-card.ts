import type { Locale } from '../content/types';
import { coachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** The code a coach gives to someone; `expires` is already formatted for the coach. */
export function renderCoachCode(locale: Locale, code: string, expires: string): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-code', { title: s.codeTitle, code, text: s.codeText(expires) });
}
