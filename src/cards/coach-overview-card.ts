import type { Locale } from '../content/types';
import type { ConsentScope } from '../domain/coach-scope';
import { coachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertName } from './inert-text';

/** One coach as the person sees them; dates are already formatted for the person. */
export interface CoachOfPerson {
  coachKey: string;
  name: string;
  scope: ConsentScope;
  since: string;
}

export interface CoachViewLine {
  who: string;
  when: string;
}

/** The person's `coach` card: whom they share with, what each sees, who looked when, and stop. */
export function renderCoachOverview(locale: Locale, coaches: readonly CoachOfPerson[], views: readonly CoachViewLine[]): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-overview', {
    title: s.overviewTitle,
    noCoachesText: s.noCoaches,
    coaches: coaches.map((c) => ({
      name: inertName(c.name),
      coachKey: c.coachKey,
      scopeText: c.scope.paradoxPositions ? s.scopeRolesAndParadoxes : s.scopeRoles,
      sinceText: s.since(c.since),
      stopLabel: s.stopWith(c.name),
    })),
    viewsTitle: s.viewsTitle,
    noViewsText: s.noViews,
    views: views.map((v) => ({ ...v, who: inertName(v.who) })),
    stopAllHint: s.stopAllHint,
    inviteText: s.invite,
  });
}
