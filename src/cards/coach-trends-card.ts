import { DateTime } from 'luxon';
import { findLensOfRole, findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { CoachTrend, CoachWeek } from '../domain/coach-trend';
import { inertName } from './inert-text';
import { chartAltText, roleLine, stackedSeries } from './role-figures';
import { coachStrings, type CoachStrings } from './strings/coach-strings';
import { coachTrendStrings } from './strings/coach-trend-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

type ShownWeek = Extract<CoachWeek, { tooFew: false }>;

/** One person on the coach's card: the name from their profile, since when they share (local date) and their aggregated trend. */
export interface CoacheeOnCard {
  name: string;
  sharedSince: string;
  trend: CoachTrend;
}

/**
 * The coach view: per person stacked bars of role shares per completed week with enough answers,
 * each role in its palette colour, with the same figures as text beside them; "too few" for the
 * other weeks; and paradox averages per completed block if shared.
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
  const label = (weekStart: string): string => s.weekLabel(DateTime.fromISO(weekStart, { zone: 'utc' }).weekNumber);
  const columns = shown.map((w) => ({ label: label(w.weekStart), shares: Object.fromEntries(w.roles.map((r) => [r.roleId, r.percent])) }));
  const figures = (w: ShownWeek): string => roleLine(library, locale, w.roles.map((r) => ({ roleId: r.roleId, count: r.answers, share: r.percent })));
  const number = (n: number): string => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const t = coachTrendStrings[locale];
  const { firstWeekDate } = c.trend;
  const weekValue = (w: ShownWeek): string => {
    const notPlayed = w.notPlayed > 0 ? ` · ${t.notPlayed(w.notPlayed)}` : '';
    return `${s.answers(w.answers)}: ${w.roles.length > 0 ? figures(w) : t.tooFewRoles}${notPlayed}`;
  };
  return {
    name: inertName(c.name),
    sharingText: t.sharingSince(longDate(c.sharedSince, locale)),
    participationText: c.trend.weeks.length > 0 ? t.participation(shown.length, c.trend.weeks.length) : '',
    firstWeekText: firstWeekDate ? t.firstWeek(weekNumber(c.trend.sharingWeekStart), dayDate(firstWeekDate, locale)) : '',
    hasWeeks: shown.length > 0,
    charts: rolesByLens(library, shown).map((roleIds) => ({
      series: stackedSeries(library, locale, roleIds, columns),
      // The chart's title states its figures (chartAltText); a screen reader hears them in the person's language.
      altTitle: chartAltText(s.chartTitle, shown.map((w) => ({ title: label(w.weekStart), value: w.roles.filter((r) => roleIds.includes(r.roleId)).map((r) => `${roleName(r.roleId)} ${r.percent} %`).join(', ') }))),
      fallbackText: shown.map((w) => `${label(w.weekStart)}: ${w.roles.filter((r) => roleIds.includes(r.roleId)).map((r) => `${roleName(r.roleId)} ${r.percent}%`).join(', ')}`).join('\n\n'),
    })),
    weekFacts: c.trend.weeks.map((w) => ({ title: `${label(w.weekStart)} (${dayMonth(w.weekStart, locale)})`, value: w.tooFew ? s.tooFewToShow : weekValue(w) })),
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

/** "1 december 2026" */
function longDate(localDate: string, locale: Locale): string {
  return DateTime.fromISO(localDate, { zone: 'utc' }).setLocale(locale).toFormat('d LLLL yyyy');
}

/** "zondag 13 december" */
function dayDate(localDate: string, locale: Locale): string {
  return DateTime.fromISO(localDate, { zone: 'utc' }).setLocale(locale).toFormat('cccc d LLLL');
}

function weekNumber(weekStart: string): number {
  return DateTime.fromISO(weekStart, { zone: 'utc' }).weekNumber;
}

/**
 * The roles answered, per lens in lens order: one chart per lens, so a person who changed lens
 * never gets two roles in one colour in one chart, nor more series than Teams draws (four).
 */
function rolesByLens(library: ContentLibrary, weeks: readonly ShownWeek[]): string[][] {
  const used = new Set(weeks.flatMap((w) => w.roles.map((r) => r.roleId)));
  const byLens = new Map<string, string[]>();
  for (const roleId of used) {
    const lens = findLensOfRole(library, roleId);
    const order = lens ? lens.roles.map((r) => r.id) : [roleId];
    const key = lens?.id ?? roleId;
    byLens.set(key, [...(byLens.get(key) ?? []), roleId].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  }
  return [...byLens.values()];
}
