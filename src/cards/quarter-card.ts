import { DateTime } from 'luxon';
import { findParadox } from '../content/library-lookup';
import type { ContentLibrary, Locale, Paradox } from '../content/types';
import { weekEndOf } from '../domain/iso-week';
import { QUARTER_PART_WEEKS, type ParadoxMove, type QuarterFigures } from '../domain/quarter-figures';
import { plainStep, type RoleMix } from '../domain/history-figures';
import { chartAltText, largestFirst, percent, roleNameIn, stackedSeries, textCells } from './role-figures';
import { paradoxTitle, positionText, spreadText } from './strings/position-strings';
import { questionFor, quarterStrings, type QuarterStrings } from './strings/quarter-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** "niet-weten": a pole inside a sentence. */
const inSentence = (label: string): string => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/**
 * The quarter mirror, sent with every 13th weekly summary: the role mix of the first and the last
 * six weeks as two stacked bars in the roles' colours with the figures as text, the paradox met
 * most and how the standing on it moved, the number of notes, and one question to take into a talk.
 */
export function renderQuarterMirror(figures: QuarterFigures, locale: Locale, library: ContentLibrary): AdaptiveCard {
  const s = quarterStrings[locale];
  const day = (date: string): string => DateTime.fromISO(date).setLocale(locale).toFormat('d LLL');
  const roleName = roleNameIn(library, locale);
  const shares = (mix: readonly RoleMix[]): Record<string, number> | undefined =>
    mix.some((r) => r.count > 0) ? Object.fromEntries(mix.map((r) => [r.roleId, r.share])) : undefined;
  const columns = [
    { label: s.firstPart(QUARTER_PART_WEEKS), shares: shares(figures.rolesFirst) },
    { label: s.lastPart(QUARTER_PART_WEEKS), shares: shares(figures.rolesLast) },
  ].map(({ label, shares }) => ({ label, ...(shares ? { shares } : {}) }));
  const used = largestFirst(figures.rolesLast.map((r, i) => ({ ...r, count: r.count + (figures.rolesFirst[i]?.count ?? 0) }))).filter((r) => r.count > 0);
  const before = (roleId: string): number => figures.rolesFirst.find((x) => x.roleId === roleId)?.share ?? 0;
  const after = (roleId: string): number => figures.rolesLast.find((x) => x.roleId === roleId)?.share ?? 0;
  const paradox = figures.paradox ? findParadox(library, figures.paradox.paradoxId) : undefined;
  const move = figures.paradox;
  return expandTemplate('quarter-mirror', {
    title: s.title(figures.quarter),
    subtitle: s.subtitle(day(figures.firstWeekStart), day(weekEndOf(figures.lastWeekStart)), figures.answers, figures.notes),
    hasAnswers: figures.answers > 0,
    emptyText: s.empty,
    rolesTitle: s.rolesTitle(QUARTER_PART_WEEKS),
    showRoles: used.length > 0,
    series: stackedSeries(library, locale, figures.rolesLast.map((r) => r.roleId), columns),
    chartTitle: chartAltText(s.rolesTitle(QUARTER_PART_WEEKS), used.map((r) => ({ title: roleName(r.roleId), value: s.roleMove(percent(before(r.roleId), locale), percent(after(r.roleId), locale)) }))),
    roleFacts: used.map((r) => ({ title: roleName(r.roleId), value: s.roleMove(percent(before(r.roleId), locale), percent(after(r.roleId), locale)) })),
    roleBars: used.map((r) => ({ title: roleName(r.roleId), value: s.roleMove(textCells(before(r.roleId), 5), textCells(after(r.roleId), 5)) })),
    paradoxTitle: s.paradoxTitle,
    paradoxText: paradox && move ? paradoxText(s, paradox, move, locale) : '',
    questionTitle: s.questionTitle,
    question: questionFor(s, figures.quarter, {
      ...(figures.leastUsedRoleId ? { role: roleName(figures.leastUsedRoleId) } : {}),
      ...(paradox ? { paradox: { left: inSentence(paradox.left[locale]), right: inSentence(paradox.right[locale]) } } : {}),
    }),
  });
}

/** Where the person stood on the paradox met most: a step when one step is true, otherwise how often each place was chosen. */
function paradoxText(s: QuarterStrings, paradox: Paradox, move: ParadoxMove, locale: Locale): string {
  const title = paradoxTitle(paradox, locale);
  const from = plainStep(move.from);
  const to = plainStep(move.to);
  if (from === undefined || to === undefined) return s.paradoxSpreads(title, move.answers, spreadText(paradox, move.from.spread, locale), spreadText(paradox, move.to.spread, locale));
  return from === to ? s.paradoxStayed(title, move.answers, positionText(paradox, to, locale)) : s.paradoxMoved(title, move.answers, positionText(paradox, from, locale), positionText(paradox, to, locale));
}
