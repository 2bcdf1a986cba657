import type { Locale } from '../content/types';
import { coachStrings } from './strings/coach-strings';
import { inertName } from './inert-text';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** The consent screen: says exactly what the coach will see, and what never. */
export function renderCoachConsent(locale: Locale, coachName: string, code: string): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-consent', {
    title: s.consentTitle(inertName(coachName, locale)),
    intro: s.consentIntro,
    seesRoles: s.seesRoles,
    seesParticipation: s.seesParticipation,
    paradoxToggle: s.paradoxToggle,
    neverSees: s.neverSees,
    transparency: s.transparency,
    shareLabel: s.share,
    cancelLabel: s.cancel,
    code,
  });
}
