import type { Locale } from '../content/types';
import type { ConsentScope } from '../domain/coach-scope';
import { coachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertName, plainName, visibleName } from './inert-text';
import { coachNameStrings } from './strings/coach-name-strings';

/** One coach as the person sees them; dates are already formatted for the person. */
export interface CoachOfPerson {
  coachKey: string;
  /** The name the person shared with (as consented). */
  name: string;
  /** Their name in Teams now, when known. */
  nameNow?: string;
  scope: ConsentScope;
  since: string;
}

export interface CoachViewLine {
  /** The coach's name as consented. */
  who: string;
  /** The name they went by when they looked, when it was another one. */
  nameAtView?: string;
  when: string;
}

/** Whether a coach's other name is worth a note: only when it looks different. */
function renamed(consented: string, other: string | undefined): other is string {
  return other !== undefined && visibleName(other) !== visibleName(consented);
}

/** The person's `coach` card: whom they share with, what each sees, who looked when, and stop. */
export function renderCoachOverview(locale: Locale, coaches: readonly CoachOfPerson[], views: readonly CoachViewLine[]): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-overview', {
    title: s.overviewTitle,
    noCoachesText: s.noCoaches,
    coaches: coaches.map((c) => ({
      name: inertName(c.name, locale),
      renamedText: renamed(c.name, c.nameNow) ? coachNameStrings[locale].renamed(inertName(c.nameNow, locale)) : '',
      coachKey: c.coachKey,
      scopeText: c.scope.paradoxPositions ? s.scopeRolesAndParadoxes : s.scopeRoles,
      sinceText: s.since(c.since),
      stopLabel: s.stopWith(plainName(c.name, locale)),
    })),
    viewsTitle: s.viewsTitle,
    noViewsText: s.noViews,
    views: views.map((v) => ({ who: inertName(v.who, locale), when: renamed(v.who, v.nameAtView) ? `${v.when} · ${coachNameStrings[locale].lookedAs(inertName(v.nameAtView, locale))}` : v.when })),
    stopAllHint: s.stopAllHint,
    inviteText: s.invite,
  });
}
