import { DateTime } from 'luxon';
import { findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { CoachTrend, CoachWeek } from '../domain/coach-trend';
import { coachStrings, type CoachStrings } from './strings/coach-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertName } from './inert-text';

type ShownWeek = Extract<CoachWeek, { tooFew: false }>;

/** One person on the coach's card: the name from their profile and their aggregated trend. */
export interface CoacheeOnCard {
  name: string;
  trend: CoachTrend;
}

/**
 * The coach view: per person a line chart of role shares per completed week with enough answers
 * (with the same figures as text for clients without charts), answers per week or "too few",
 * and paradox averages per completed block if shared.
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
    coachees: coachees.map((c) => coacheeData(library, locale, s, c)),
  });
}

function coacheeData(library: ContentLibrary, locale: Locale, s: CoachStrings, c: CoacheeOnCard) {
  const shown = c.trend.weeks.filter((w): w is ShownWeek => !w.tooFew);
  const roleName = (roleId: string): string => findRole(library, roleId)?.name[locale] ?? roleId;
  const roleIds = [...new Set(shown.flatMap((w) => w.roles.map((r) => r.roleId)))].sort((a, b) => roleName(a).localeCompare(roleName(b)));
  const label = (weekStart: string): string => s.weekLabel(DateTime.fromISO(weekStart, { zone: 'utc' }).weekNumber);
  const percentOf = (w: ShownWeek, roleId: string): number => w.roles.find((r) => r.roleId === roleId)?.percent ?? 0;
  const number = (n: number): string => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    name: inertName(c.name),
    participationText: s.participation(shown.length, c.trend.weeksInWindow),
    hasWeeks: shown.length > 0,
    series: roleIds.map((roleId) => ({ legend: roleName(roleId), values: shown.map((w) => ({ x: label(w.weekStart), y: percentOf(w, roleId) })) })),
    fallbackText: shown.map((w) => `${label(w.weekStart)}: ${w.roles.map((r) => `${roleName(r.roleId)} ${r.percent}%`).join(', ')}`).join('\n\n'),
    weekFacts: c.trend.weeks.map((w) => ({ title: `${label(w.weekStart)} (${dayMonth(w.weekStart, locale)})`, value: w.tooFew ? s.tooFewToShow : s.answers(w.answers) })),
    paradoxBlocks: (c.trend.paradoxBlocks ?? []).map((block) => ({
      title: s.paradoxTitle(label(block.firstWeekStart), label(block.lastWeekStart)),
      emptyText: block.paradoxes.length === 0 ? s.tooFewToShow : '',
      facts: block.paradoxes.map((p) => {
        const paradox = findParadox(library, p.paradoxId);
        return { title: paradox ? `${paradox.left[locale]} ↔ ${paradox.right[locale]}` : p.paradoxId, value: `${number(p.average)} (${s.answers(p.answers)})` };
      }),
    })),
  };
}

function dayMonth(localDate: string, locale: Locale): string {
  return DateTime.fromISO(localDate, { zone: 'utc' }).setLocale(locale).toFormat('d LLL');
}
