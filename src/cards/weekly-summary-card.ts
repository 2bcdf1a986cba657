import { DateTime } from 'luxon';
import { findParadox, findRole } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { WeeklySummary } from '../domain/weekly-summary';
import { summaryStrings, type SummaryStrings } from './strings/summary-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';
import { inertText } from './inert-text';

/** A whole week of long notes must still fit well inside Teams' 28 KB; the export has them all. */
const NOTES_SHOWN = 10;
const NOTE_CHARS = 280;
const BAR_CELLS = 10;
const SPARK_LEVELS = '▁▂▃▄▅▆▇█';

/**
 * The weekly summary card. Every chart carries a fallback of text bars, so clients without
 * Teams charts (and the Agents Playground) still show the numbers. An empty week gets a short card.
 */
export function renderWeeklySummary(summary: WeeklySummary, locale: Locale, library: ContentLibrary): AdaptiveCard {
  const s = summaryStrings[locale];
  const settings = { settingsLabel: s.settings };
  if (summary.answers === 0) {
    return expandTemplate('weekly-summary-empty', {
      title: s.emptyTitle(summary.week.week),
      text: s.emptyText,
      reflectLabel: s.emptyAction,
      ...settings,
    });
  }
  const roleName = (roleId: string): string => findRole(library, roleId)?.name[locale] ?? roleId;
  const inLens = summary.roles.reduce((total, r) => total + r.count, 0);
  return expandTemplate('weekly-summary', {
    title: s.title(summary.week.week),
    subtitle: `${dateRange(summary, locale)} · ${s.counts(summary.answers, summary.questions)}`,
    showRoles: inLens > 0,
    rolesTitle: s.rolesTitle,
    donut: summary.roles.filter((r) => r.count > 0).map((r) => ({ legend: roleName(r.roleId), value: r.share })),
    roleBars: summary.roles.map((r) => ({ title: roleName(r.roleId), value: `${textBar(r.share)} ${r.share}%` })),
    leaningText: leaningText(summary, s, roleName),
    shiftText: shiftText(summary, s, roleName),
    ...trend(summary, s, roleName),
    paradoxesTitle: s.paradoxesTitle,
    paradoxes: paradoxFacts(summary, s, library, locale),
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

/** "███████░░░": whole cells, so 67% shows seven of ten. */
function textBar(share: number): string {
  const filled = Math.round((share / 100) * BAR_CELLS);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

function leaningText(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName): string {
  const { leaning } = summary;
  if (leaning.kind === 'role') return s.leaning(roleName(leaning.roleId));
  return leaning.kind === 'tie' ? s.tie(leaning.roleIds.map(roleName)) : '';
}

function shiftText(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName): string {
  const changes = summary.roles.flatMap((r) => (r.shiftPp ? [`${roleName(r.roleId)} ${r.shiftPp > 0 ? '+' : '−'}${Math.abs(r.shiftPp)}`] : []));
  return changes.length > 0 ? s.shift(changes.join(', ')) : '';
}

/** The line chart and its fallback: one sparkline per role, a dot for a week without answers. */
function trend(summary: WeeklySummary, s: SummaryStrings, roleName: RoleName): object {
  const weeks = summary.trend;
  const trendLines = summary.roles.map((r) => ({
    legend: roleName(r.roleId),
    points: weeks.flatMap((w) => (w.shares ? [{ x: s.weekShort(w.week.week), y: w.shares[r.roleId] ?? 0 }] : [])),
  }));
  const spark = (roleId: string): string =>
    weeks.map((w) => (w.shares ? (SPARK_LEVELS[Math.round(((w.shares[roleId] ?? 0) / 100) * (SPARK_LEVELS.length - 1))] ?? '') : '·')).join('');
  return {
    showTrend: weeks.filter((w) => w.shares).length >= 2,
    trendTitle: s.trendTitle(weeks.length),
    trendLines,
    trendBars: summary.roles.map((r) => ({ title: roleName(r.roleId), value: `${spark(r.roleId)} ${s.now} ${r.share}%` })),
  };
}

/** "○○●○○ meer naar knopen doorhakken (2×)": the mean position on the five-step scale between the poles. */
function paradoxFacts(summary: WeeklySummary, s: SummaryStrings, library: ContentLibrary, locale: Locale): object[] {
  return summary.paradoxes.flatMap((p) => {
    const paradox = findParadox(library, p.paradoxId);
    if (!paradox) return [];
    // Half-way values belong to a pole (see the domain), so 2.5 sits on step 2, not in the middle.
    const marker = p.pole === 'left' ? Math.min(2, Math.round(p.average)) : Math.round(p.average);
    const scale = [1, 2, 3, 4, 5].map((step) => (step === marker ? '●' : '○')).join('');
    const towards = p.pole === 'right' ? paradox.right[locale] : paradox.left[locale];
    return [{ title: `${paradox.left[locale]} ↔ ${paradox.right[locale]}`, value: `${scale} ${s.pole[p.pole](towards)} (${p.answers}×)` }];
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
    nudgeText: nudge.suggestion[locale],
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
