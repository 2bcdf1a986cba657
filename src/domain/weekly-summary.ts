import { findNudge, rolesOf } from '../content/library-lookup';
import type { ContentLibrary, Localized } from '../content/types';
import type { Answer } from './answer';
import { addWeeks, isoWeekOf, weekEndOf, type IsoWeek } from './iso-week';
import { weekCounts } from './reflection-day';
import { languageSignal, MEASURED_SIGNAL_LENSES, type LanguageSignal } from './language-signal';
import { groupByWeek, leaningOf, paradoxPositions, streakOf, sum, trendWeek, wholePercents, writtenOn } from './weekly-summary-figures';
import type { Leaning, ParadoxPosition, TrendWeek } from './weekly-summary-figures';

export type { Leaning, ParadoxPosition, Pole, TrendWeek } from './weekly-summary-figures';

/** Weeks of answers a summary looks at, this week included: the trend, the shift base and the streak. */
export const HISTORY_WEEKS = 9;
/** Weeks in the trend, this week included. */
export const TREND_WEEKS = 8;
/** The shift of a role compares this week with the mean of up to this many earlier weeks with answers. */
export const SHIFT_BASE_WEEKS = 4;

export interface WeeklySummaryInput {
  /** Answers of the week and of the weeks before it (for trend, shift and streak); others are ignored. */
  answers: readonly Answer[];
  /** Local dates of the week's scheduled prompts that reached the person (see weekCounts). */
  promptDates: readonly string[];
  /** Monday of the week (yyyy-mm-dd, local). */
  weekStart: string;
  /** The person's zone: an answer belongs to the week its submit falls in on their clock. */
  timeZone: string;
  /** The person's current lens; only answers with a role of this lens count towards role shares. */
  lensId: string;
  library: ContentLibrary;
}

export interface RoleShare {
  roleId: string;
  count: number;
  /** Whole percent of this week's answers in the lens; the shares add up to 100. */
  share: number;
  /** Percentage points against the mean share of up to four earlier weeks with answers. */
  shiftPp?: number;
}

/** A note and the local date it was written. */
export interface WeekNote {
  localDate: string;
  text: string;
}

export interface Nudge {
  roleId: string;
  suggestion: Localized;
  /** A prompt written from that role's perspective, when the library has one. */
  promptId?: string;
}

export interface WeeklySummary {
  weekStart: string;
  weekEnd: string;
  week: IsoWeek;
  lensId: string;
  /** Answers of the week, whatever the lens: one per answered day plus extra questions (weekCounts). */
  answers: number;
  /** Questions of the week: days that had a question plus extra questions answered. */
  questions: number;
  /** In lens order; only answers of the current lens, so a lens change mid-week never mixes role sets. */
  roles: RoleShare[];
  leaning: Leaning;
  paradoxes: ParadoxPosition[];
  /** Weeks in a row, ending with this one, with at least one answer. */
  streakWeeks: number;
  /** True when the streak reaches back as far as the answers given: it may be longer still. */
  streakIsOpenEnded: boolean;
  /** Private to the person: shown on their own card only, never logged. */
  notes: WeekNote[];
  /** Oldest first, this week last. */
  trend: TrendWeek[];
  nudge?: Nudge;
  language?: LanguageSignal;
}

/** The weekly look back: the mix of roles, never a grade. Pure: the week and zone are inputs. */
export function computeWeeklySummary(input: WeeklySummaryInput): WeeklySummary {
  const { weekStart, lensId, library } = input;
  const roleIds = rolesOf(library, lensId).map((role) => role.id);
  const byWeek = groupByWeek(input.answers, input.timeZone);
  const weekAnswers = byWeek.get(weekStart) ?? [];
  const countsIn = (week: string): number[] => roleIds.map((id) => (byWeek.get(week) ?? []).filter((a) => a.lens === lensId && a.roleId === id).length);
  const counts = countsIn(weekStart);
  const shares = wholePercents(counts);
  const earlier = Array.from({ length: HISTORY_WEEKS - 1 }, (_, i) => addWeeks(weekStart, -(i + 1)));
  const base = earlier.map(countsIn).filter((c) => sum(c) > 0).slice(0, SHIFT_BASE_WEEKS);
  const roles = roleIds.map((roleId, i) => {
    const count = counts[i] ?? 0;
    const role: RoleShare = { roleId, count, share: shares[i] ?? 0 };
    if (base.length > 0 && sum(counts) > 0) {
      const mean = base.reduce((total, c) => total + (c[i] ?? 0) / sum(c), 0) / base.length;
      role.shiftPp = Math.round(100 * (count / sum(counts) - mean));
    }
    return role;
  });
  const leaning = leaningOf(roles);
  const notes = weekAnswers.flatMap((a) => (a.note ? [{ localDate: writtenOn(a, input.timeZone), text: a.note }] : []));
  const trend = [...earlier.slice(0, TREND_WEEKS - 1)].reverse().concat(weekStart).map((week) => trendWeek(week, roleIds, countsIn(week)));
  const streak = streakOf(byWeek, weekStart, HISTORY_WEEKS);
  const nudge = nudgeFor(library, roles, trend, isoWeekOf(weekStart).week);
  const chosen = leaning.kind === 'role' ? [leaning.roleId] : leaning.kind === 'tie' ? leaning.roleIds : [];
  const language = MEASURED_SIGNAL_LENSES.has(lensId) ? languageSignal(notes.map((n) => n.text), rolesOf(library, lensId), chosen) : undefined;
  return {
    weekStart,
    weekEnd: weekEndOf(weekStart),
    week: isoWeekOf(weekStart),
    lensId,
    ...weekCounts(weekAnswers, input.promptDates),
    roles,
    leaning,
    paradoxes: paradoxPositions(weekAnswers),
    streakWeeks: streak,
    streakIsOpenEnded: streak === HISTORY_WEEKS,
    notes,
    trend,
    ...(nudge ? { nudge } : {}),
    ...(language ? { language } : {}),
  };
}

/**
 * The least-used role this week; among equals the one least used over the trend, then lens order.
 * The suggestion and prompt rotate with the week number, so next week brings a different one.
 */
function nudgeFor(library: ContentLibrary, roles: readonly RoleShare[], trend: readonly TrendWeek[], weekNumber: number): Nudge | undefined {
  const overTrend = (roleId: string): number => sum(trend.map((w) => w.shares?.[roleId] ?? 0));
  const [least] = [...roles].sort((a, b) => a.count - b.count || overTrend(a.roleId) - overTrend(b.roleId));
  const suggestions = least ? (findNudge(library, least.roleId)?.suggestions ?? []) : [];
  const suggestion = suggestions[weekNumber % Math.max(1, suggestions.length)];
  if (!least || !suggestion) return undefined;
  const prompts = library.prompts.filter((p) => p.roleId === least.roleId);
  const prompt = prompts[weekNumber % Math.max(1, prompts.length)];
  return { roleId: least.roleId, suggestion, ...(prompt ? { promptId: prompt.id } : {}) };
}
