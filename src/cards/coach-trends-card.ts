import { DateTime } from 'luxon';
import { findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { CoachTrend, CoachWeek } from '../domain/coach-trend';
import { coachStrings, type CoachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertName } from './inert-text';

/** One person on the coach's card: the name from their profile and their aggregated trend. */
export interface CoacheeOnCard {
  name: string;
  trend: CoachTrend;
}

/**
 * The coach view: per person a line chart of role shares per week (with the same figures as
 * text for clients without charts), answers per week, and paradox averages if shared.
 */
export function renderCoachTrends(library: ContentLibrary, locale: Locale, coachees: readonly CoacheeOnCard[], stoppedNames: readonly string[]): AdaptiveCard {
  const s = coachStrings[locale];
  return expandTemplate('coach-trends', {
    title: s.coacheesTitle,
    stopped: stoppedNames.map((name) => s.stoppedSharing(inertName(name))),
    noCoacheesText: s.noCoachees,
    intro: s.coacheesIntro,
    noAnswersText: s.noAnswers,
    chartTitle: s.chartTitle,
    paradoxTitle: s.paradoxTitle,
    coachees: coachees.map((c) => coacheeData(library, locale, s, c)),
  });
}

function coacheeData(library: ContentLibrary, locale: Locale, s: CoachStrings, c: CoacheeOnCard) {
  const { weeks } = c.trend;
  const roleName = (roleId: string): string => findRole(library, roleId)?.name[locale] ?? roleId;
  const roleIds = [...new Set(weeks.flatMap((w) => w.roles.map((r) => r.roleId)))].sort((a, b) => roleName(a).localeCompare(roleName(b)));
  const label = (w: CoachWeek): string => s.weekLabel(DateTime.fromISO(w.weekStart, { zone: 'utc' }).weekNumber);
  const percentOf = (w: CoachWeek, roleId: string): number => w.roles.find((r) => r.roleId === roleId)?.percent ?? 0;
  return {
    name: inertName(c.name),
    participationText: s.participation(weeks.length, c.trend.weeksInWindow),
    series: roleIds.map((roleId) => ({ legend: roleName(roleId), values: weeks.map((w) => ({ x: label(w), y: percentOf(w, roleId) })) })),
    fallbackText: weeks.map((w) => `${label(w)}: ${w.roles.map((r) => `${roleName(r.roleId)} ${r.percent}%`).join(', ')}`).join('\n\n'),
    weekFacts: weeks.map((w) => ({ title: `${label(w)} (${dayMonth(w.weekStart, locale)})`, value: s.answers(w.answers) })),
    paradoxFacts: (c.trend.paradoxes ?? []).map((p) => {
      const paradox = findParadox(library, p.paradoxId);
      return {
        title: paradox ? `${paradox.left[locale]} ↔ ${paradox.right[locale]}` : p.paradoxId,
        value: `${p.average.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} (${s.answers(p.answers)})`,
      };
    }),
  };
}

function dayMonth(localDate: string, locale: Locale): string {
  return DateTime.fromISO(localDate, { zone: 'utc' }).setLocale(locale).toFormat('d LLL');
}
