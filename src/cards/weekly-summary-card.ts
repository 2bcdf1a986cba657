import { DateTime } from 'luxon';
import { findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { WeeklySummary } from '../domain/weekly-summary';
import { chartAltText, donutData, roleFacts, roleLine, stackedSeries } from './role-figures';
import { paradoxTitle, spreadScale, spreadText } from './strings/position-strings';
import { craftStrings } from './strings/craft-strings';
import { summaryStrings, type SummaryStrings } from './strings/summary-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertText } from './inert-text';

/** A whole week of long notes must still fit well inside Teams' 28 KB; the export has them all. */
const NOTES_SHOWN = 10;
const NOTE_CHARS = 280;
const BAR_CELLS = 10;
const SPARK_LEVELS = '▁▂▃▄▅▆▇█';

/**
 * The weekly summary card. Beside every chart stand its figures as text (share and count per
 * role, largest first), since Teams collapses a legend at 360 px and never shows a fallback; each
 * role has its own colour (role-palette.ts). Every chart keeps a fallback of text bars for clients
 * without charts. An empty week gets a short card.
 */
/**
 * `craftMonth` (yyyy-mm): the first summary of a month offers the monthly craft reflection on the
 * month before. `soFar`: the week is still running (shown after last week's summary).
 */
export function renderWeeklySummary(summary: WeeklySummary, locale: Locale, library: ContentLibrary, craftMonth = '', soFar = false): AdaptiveCard {
  const s = summaryStrings[locale];
  const settings = { settingsLabel: s.settings, historyLabel: s.history, craftMonth, craftLabel: craftStrings[locale].offer };
  if (summary.answers === 0) {
    return expandTemplate('weekly-summary-empty', {
      title: soFar ? s.titleSoFar(summary.week.week) : s.emptyTitle(summary.week.week),
      text: s.emptyText,
      reflectLabel: s.emptyAction,
      ...settings,
    });
  }
  const roleName = (roleId: string): string => findRole(library, roleId)?.name[locale] ?? roleId;
  const inLens = summary.roles.reduce((total, r) => total + r.count, 0);
  const facts = roleFacts(library, locale, summary.roles);
  return expandTemplate('weekly-summary', {
    title: soFar ? s.titleSoFar(summary.week.week) : s.title(summary.week.week),
    subtitle: [dateRange(summary, locale), s.counts(summary.answers, summary.questions), ...(summary.notPlayed > 0 ? [s.notPlayed(summary.notPlayed)] : [])].join(' · '),
    showRoles: inLens > 0,
    rolesTitle: s.rolesTitle,
    donut: donutData(library, locale, summary.roles),
    roleFacts: facts,
    rolesChartTitle: chartAltText(s.rolesTitle, facts),
    roleBars: summary.roles.map((r) => ({ title: roleName(r.roleId), value: textBar(r.share) })),
    leaningText: leaningText(summary, s, roleName, inLens),
    shiftText: shiftText(summary, s, roleName),
    ...trend(summary, s, library, locale),
    paradoxesTitle: s.paradoxesTitle,
    paradoxes: paradoxFacts(summary, library, locale),
    streakText: summary.streakWeeks >= 2 ? s.streak(summary.streakWeeks, summary.streakIsOpenEnded) : '',
    languageText: languageText(summary, s, roleName),
    ...nudge(summary, s, roleName, locale),
    notesLabel: s.showNotes(summary.notes.length),
    notesPrivate: s.notesPrivate,
    notes: notes(summary, s, locale),
    ...settings,
  });
}

type RoleName = (roleId: string) => string;

function dateRange(summary: WeeklySummary, locale: Locale): string {
  const day = (date: string): string => DateTime.fromISO(date).setLocale(locale).toFormat('d LLLL');
  return `${day(summary.weekStart)} – ${day(summary.weekEnd)}`;
}

/** "███████░░░": whole cells, so 67 % shows seven of ten. */
function textBar(share: number): string {
  const filled = Math.round((share / 100) * BAR_CELLS);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

/** The role chosen most, and once a month that no role is the right one. */
function leaningText(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName, inLens: number): string {
  const { leaning } = summary;
  const text = leaning.kind === 'role' ? s.leaning(roleName(leaning.roleId), inLens === 1) : leaning.kind === 'tie' ? s.tie(leaning.roleIds.map(roleName)) : '';
  return text && summary.mixReminder ? `${text} ${s.mix}` : text;
}

/** "Je koos vaker de ondernemer, minder vaak de verbinder dan in de weken daarvoor": words, only where comparable. */
function shiftText(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName): string {
  const named = (shift: 'more' | 'less'): string[] => summary.roles.filter((r) => r.shift === shift).map((r) => roleName(r.roleId));
  const more = named('more');
  const less = named('less');
  return more.length + less.length > 0 ? s.shift(more, less) : '';
}

/**
 * The weeks as stacked bars, one colour per role, and the same figures as text: a line per week
 * with the share of each role used, largest first.
 */
function trend(summary: WeeklySummary, s: SummaryStrings, library: ContentLibrary, locale: Locale): object {
  // Weeks before the first answer of the trend say nothing; they are left out, not listed as empty.
  const first = summary.trend.findIndex((w) => w.shares);
  const weeks = first < 0 ? [] : summary.trend.slice(first);
  const columns = weeks.map((w) => ({ label: s.weekShort(w.week.week), ...(w.shares ? { shares: w.shares } : {}) }));
  const weekFacts = weeks.map((w) => {
    // A trend week keeps only shares; they order the roles as their counts would.
    const roles = summary.roles.map((r) => ({ roleId: r.roleId, share: w.shares?.[r.roleId] ?? 0, count: w.shares?.[r.roleId] ?? 0 }));
    return { title: s.weekShort(w.week.week), value: w.shares ? roleLine(library, locale, roles) : s.noAnswers };
  });
  return {
    showTrend: weeks.filter((w) => w.shares).length >= 2,
    trendTitle: s.trendTitle(weeks.length),
    trendSeries: stackedSeries(library, locale, summary.roles.map((r) => r.roleId), columns),
    trendFacts: weekFacts,
    trendChartTitle: chartAltText(s.trendTitle(weeks.length), weekFacts),
    // For clients without charts: one sparkline per role, a dot for a week without answers.
    trendSparks: summary.roles.map((r) => ({
      title: findRole(library, r.roleId)?.name[locale] ?? r.roleId,
      value: weeks.map((w) => (w.shares ? (SPARK_LEVELS[Math.round(((w.shares[r.roleId] ?? 0) / 100) * (SPARK_LEVELS.length - 1))] ?? '') : '·')).join(''),
    })),
  };
}

/** "○●○●○ 2× meer twijfel openhouden, 1× meer knopen doorhakken": how often each place was chosen, never a mean. */
function paradoxFacts(summary: WeeklySummary, library: ContentLibrary, locale: Locale): object[] {
  return summary.paradoxes.flatMap((p) => {
    const paradox = findParadox(library, p.paradoxId);
    if (!paradox) return [];
    return [{ title: paradoxTitle(paradox, locale), value: `${spreadScale(p.spread)} ${spreadText(paradox, p.spread, locale)}` }];
  });
}

function languageText(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName): string {
  const { language, leaning } = summary;
  if (!language || leaning.kind === 'none') return '';
  const words = language.words.join(', ');
  if (!language.differsFromChoice) return s.language(roleName(language.roleId), words);
  const chosen = leaning.kind === 'role' ? [leaning.roleId] : leaning.roleIds;
  return s.languageDiffers(roleName(language.roleId), chosen.map(roleName), words);
}

function nudge(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName, locale: Locale): object {
  const { nudge } = summary;
  if (!nudge) return { showNudge: false, nudgeTitle: '', nudgeText: '', nudgeAction: '', nudgeData: {} };
  const name = roleName(nudge.roleId);
  return {
    showNudge: true,
    nudgeTitle: s.nudgeTitle(name),
    nudgeText: nudge.suggestion?.[locale] ?? '',
    nudgeAction: s.reflectAs(name),
    nudgeData: { roleId: nudge.roleId, ...(nudge.promptId ? { promptId: nudge.promptId } : {}) },
  };
}

function notes(summary: WeeklySummary, s: SummaryStrings, locale: Locale): { text: string }[] {
  const shown = summary.notes.slice(0, NOTES_SHOWN).map((note) => {
    const day = DateTime.fromISO(note.localDate).setLocale(locale).toFormat('ccc d LLL');
    const text = note.text.length > NOTE_CHARS ? `${note.text.slice(0, NOTE_CHARS - 1)}…` : note.text;
    return { text: `**${day}** · ${inertText(text)}` };
  });
  const hidden = summary.notes.length - shown.length;
  return hidden > 0 ? [...shown, { text: s.moreNotes(hidden) }] : shown;
}
