import { DateTime } from 'luxon';
import { findParadox } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import { plainStep, SHIFT_WEEKS, type HistoryFigures, type HistoryWeek } from '../domain/history-figures';
import { weekEndOf } from '../domain/iso-week';
import { chartAltText, roleFacts, roleLine, roleNameIn, stackedSeries } from './role-figures';
import { historyStrings } from './strings/history-strings';
import { paradoxTitle, positionText, spreadText } from './strings/position-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

const SPARK_LEVELS = '▁▂▃▄▅▆▇█';

/**
 * The history card: twelve weeks of role mix as stacked bars in the roles' colours, with the
 * figures as text per week (answered days and shares), where the person stood on each paradox in
 * the first and the last four weeks, a way into each past week's summary and into the notes.
 */
export function renderHistory(figures: HistoryFigures, locale: Locale, library: ContentLibrary): AdaptiveCard {
  const s = historyStrings[locale];
  const { weeks } = figures;
  const first = weeks[0];
  const last = weeks.at(-1);
  const day = (date: string): string => DateTime.fromISO(date).setLocale(locale).toFormat('d LLL');
  const label = (w: HistoryWeek): string => s.weekLabel(w.week.week);
  const roleIds = figures.roles.map((r) => r.roleId);
  const name = roleNameIn(library, locale);
  const facts = roleFacts(library, locale, figures.roles);
  return expandTemplate('history', {
    title: s.title(weeks.length),
    subtitle: first && last ? s.subtitle(day(first.weekStart), day(weekEndOf(last.weekStart)), figures.answers, figures.answeredDays) : '',
    hasAnswers: figures.answers > 0,
    emptyText: s.empty,
    rolesTitle: s.rolesTitle,
    series: stackedSeries(library, locale, roleIds, weeks.map((w) => ({ label: label(w), ...(w.answers > 0 ? { shares: sharesOf(w) } : {}) }))),
    sparks: roleIds.map((roleId) => ({ title: name(roleId), value: weeks.map((w) => spark(w, roleId)).join('') })),
    roleFacts: facts,
    chartTitle: chartAltText(s.rolesTitle, facts),
    weeksTitle: s.weeksTitle,
    weekHint: s.weekHint,
    weeks: [...weeks].reverse().map((w) => {
      const line = w.answers > 0 ? s.weekLine(w.answeredDays, [roleLine(library, locale, w.roles), ...(w.notPlayed > 0 ? [s.notPlayed(w.notPlayed)] : [])].filter(Boolean).join(' · ')) : s.noAnswers;
      return { label: label(w), line, open: w.answers > 0, openTitle: s.openWeek(label(w), line), weekStart: w.weekStart };
    }),
    shiftsTitle: s.shiftsTitle(SHIFT_WEEKS),
    shifts: figures.shifts.flatMap((shift) => {
      const paradox = findParadox(library, shift.paradoxId);
      if (!paradox) return [];
      const first = plainStep(shift.first);
      const last = plainStep(shift.last);
      if (first === undefined || last === undefined) {
        return [{ title: paradoxTitle(paradox, locale), value: s.spreads(spreadText(paradox, shift.first.spread, locale), spreadText(paradox, shift.last.spread, locale)) }];
      }
      const from = positionText(paradox, first, locale);
      const to = positionText(paradox, last, locale);
      return [{ title: paradoxTitle(paradox, locale), value: first === last ? s.stayed(to) : s.moved(from, to) }];
    }),
    noShiftsText: s.noShifts(SHIFT_WEEKS),
    notesLabel: s.notesButton,
  });
}

function sharesOf(w: HistoryWeek): Record<string, number> {
  return Object.fromEntries(w.roles.map((r) => [r.roleId, r.share]));
}

/** One character of a sparkline: the role's share that week, a dot for a week without answers. */
function spark(w: HistoryWeek, roleId: string): string {
  if (w.answers === 0) return '·';
  const share = w.roles.find((r) => r.roleId === roleId)?.share ?? 0;
  return SPARK_LEVELS[Math.round((share / 100) * (SPARK_LEVELS.length - 1))] ?? '';
}
