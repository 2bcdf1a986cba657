import { findNudge, rolesOf } from '../content/library-lookup';
import type { ContentLibrary, Localized } from '../content/types';
import { isPlayed, roleOf, type Answer } from './answer';
import { DEFAULT_PROFILE, fitsProfile, type WorkProfile } from './content-fit';
import { addWeeks, isoWeekOf, weekEndOf, type IsoWeek } from './iso-week';
import { weekCounts } from './reflection-day';
import { languageSignal, MEASURED_SIGNAL_LENSES, type LanguageSignal } from './language-signal';
import { roleFitsProfile } from './role-fit';
import { groupByWeek, leaningOf, paradoxPositions, streakOf, sum, trendWeek, wholePercents } from './weekly-summary-figures';
import type { Leaning, ParadoxPosition, TrendWeek } from './weekly-summary-figures';

export type { Leaning, ParadoxPosition, Pole, Spread, TrendWeek } from './weekly-summary-figures';

/** Weeks of answers a summary looks at, this week included: the trend, the comparison base and the streak. */
export const HISTORY_WEEKS = 9;
/** Weeks in the trend, this week included. */
const TREND_WEEKS = 8;
/** A week is compared with the answers of up to this many earlier weeks with answers. */
const SHIFT_BASE_WEEKS = 4;
/**
 * Fewer role answers than this in a week, or in the weeks it is compared with, compare nothing: one
 * answer is a third of three, and "Ondernemer +84" from a single Monday says nothing about a week.
 */
export const MIN_COMPARABLE_ANSWERS = 3;

interface WeeklySummaryInput {
  /** Answers of the week and of the weeks before it (for trend, comparison and streak); others are ignored. */
  answers: readonly Answer[];
  /** Local dates of the week's scheduled prompts that reached the person (see weekCounts). */
  promptDates: readonly string[];
  /** Monday of the week (yyyy-mm-dd, local). An answer belongs to the week of its question's date. */
  weekStart: string;
  /** The person's current lens; only answers with a role of this lens count towards role shares. */
  lensId: string;
  library: ContentLibrary;
  /** Who the person is at work: the summary asks only about roles that fit it. */
  profile?: WorkProfile;
}

/** A role chosen clearly more or less often than in the weeks before (see `shiftOf`). */
type Shift = 'more' | 'less';

interface RoleShare {
  roleId: string;
  count: number;
  /** Whole percent of this week's role answers in the lens; the shares add up to 100. */
  share: number;
  /** Only when both this week and the weeks before hold MIN_COMPARABLE_ANSWERS role answers. */
  shift?: Shift;
}

/** A note and the local date of the question it was written with. */
interface WeekNote {
  localDate: string;
  text: string;
}

/** A role of the lens that did not come up this week, asked about rather than pushed. */
interface Nudge {
  roleId: string;
  /** A small idea for the coming week, when the library has one for the role. */
  suggestion?: Localized;
  /** A prompt written from that role's perspective that fits the person. */
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
  /** Answers "speelde vandaag niet": counted as answers, never as a role or a place on a scale. */
  notPlayed: number;
  /** In lens order; only answers of the current lens, so a lens change mid-week never mixes role sets. */
  roles: RoleShare[];
  leaning: Leaning;
  paradoxes: ParadoxPosition[];
  /** The one week a month in which the summary says that no role is the right one. */
  mixReminder: boolean;
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

/** The weekly look back: the mix of roles, never a grade. Pure: the week is an input. */
export function computeWeeklySummary(input: WeeklySummaryInput): WeeklySummary {
  const { weekStart, lensId, library } = input;
  const profile = input.profile ?? DEFAULT_PROFILE;
  const roleIds = rolesOf(library, lensId).map((role) => role.id);
  const byWeek = groupByWeek(input.answers);
  const weekAnswers = byWeek.get(weekStart) ?? [];
  const countsIn = (week: string): number[] => roleIds.map((id) => (byWeek.get(week) ?? []).filter((a) => a.lens === lensId && roleOf(a) === id).length);
  const counts = countsIn(weekStart);
  const shares = wholePercents(counts);
  const earlier = Array.from({ length: HISTORY_WEEKS - 1 }, (_, i) => addWeeks(weekStart, -(i + 1)));
  // The weeks before, taken together: the latest ones with role answers.
  const baseWeeks = earlier.map(countsIn).filter((c) => sum(c) > 0).slice(0, SHIFT_BASE_WEEKS);
  const base = roleIds.map((_, i) => sum(baseWeeks.map((c) => c[i] ?? 0)));
  const roles = roleIds.map((roleId, i) => {
    const count = counts[i] ?? 0;
    const shift = shiftOf(count, sum(counts), base[i] ?? 0, sum(base));
    return { roleId, count, share: shares[i] ?? 0, ...(shift ? { shift } : {}) };
  });
  const leaning = leaningOf(roles);
  const notes = weekAnswers.flatMap((a) => (a.note ? [{ localDate: a.localDate, text: a.note }] : []));
  const trend = [...earlier.slice(0, TREND_WEEKS - 1)].reverse().concat(weekStart).map((week) => trendWeek(week, roleIds, countsIn(week)));
  const streak = streakOf(byWeek, weekStart, HISTORY_WEEKS);
  const nudge = nudgeFor(library, profile, roles, trend, isoWeekOf(weekStart).week);
  const chosen = leaning.kind === 'role' ? [leaning.roleId] : leaning.kind === 'tie' ? leaning.roleIds : [];
  const language = MEASURED_SIGNAL_LENSES.has(lensId) ? languageSignal(notes.map((n) => n.text), rolesOf(library, lensId), chosen) : undefined;
  return {
    weekStart,
    weekEnd: weekEndOf(weekStart),
    week: isoWeekOf(weekStart),
    lensId,
    ...weekCounts(weekAnswers, input.promptDates),
    notPlayed: weekAnswers.filter((a) => !isPlayed(a)).length,
    roles,
    leaning,
    paradoxes: paradoxPositions(weekAnswers),
    mixReminder: isMixReminderWeek(weekStart),
    streakWeeks: streak,
    streakIsOpenEnded: streak === HISTORY_WEEKS,
    notes,
    trend,
    ...(nudge ? { nudge } : {}),
    ...(language ? { language } : {}),
  };
}

/**
 * "More" or "less" often than in the weeks before, or nothing. Only with MIN_COMPARABLE_ANSWERS in
 * both periods, and only when the difference amounts to at least one whole answer of this week: had
 * the person chosen as before, this role would have come up at least once more (or less). In whole
 * numbers: |count − baseCount × total / baseTotal| ≥ 1.
 */
export function shiftOf(count: number, total: number, baseCount: number, baseTotal: number): Shift | undefined {
  if (total < MIN_COMPARABLE_ANSWERS || baseTotal < MIN_COMPARABLE_ANSWERS) return undefined;
  const difference = count * baseTotal - baseCount * total;
  if (difference >= baseTotal) return 'more';
  return difference <= -baseTotal ? 'less' : undefined;
}

/**
 * The week of the month's first Sunday: once a month the summary says that no role is the right
 * one. Every week it became a lecture nobody reads any more.
 */
export function isMixReminderWeek(weekStart: string): boolean {
  return Number(weekEndOf(weekStart).slice(8, 10)) <= 7;
}

/**
 * A role of the lens that fits the person's work and did not come up in a week with enough answers
 * to say so; among several, the one least used over the trend, then lens order. The suggestion and
 * the prompt rotate with the week number, so next time brings a different one.
 */
function nudgeFor(library: ContentLibrary, profile: WorkProfile, roles: readonly RoleShare[], trend: readonly TrendWeek[], weekNumber: number): Nudge | undefined {
  if (sum(roles.map((r) => r.count)) < MIN_COMPARABLE_ANSWERS) return undefined;
  const overTrend = (roleId: string): number => sum(trend.map((w) => w.shares?.[roleId] ?? 0));
  const [absent] = roles.filter((r) => r.count === 0 && roleFitsProfile(library, r.roleId, profile)).sort((a, b) => overTrend(a.roleId) - overTrend(b.roleId));
  if (!absent) return undefined;
  const suggestions = findNudge(library, absent.roleId)?.suggestions ?? [];
  const suggestion = suggestions[weekNumber % Math.max(1, suggestions.length)];
  const prompts = library.prompts.filter((p) => p.roleId === absent.roleId && fitsProfile(p, profile));
  const prompt = prompts[weekNumber % Math.max(1, prompts.length)];
  return { roleId: absent.roleId, ...(suggestion ? { suggestion } : {}), ...(prompt ? { promptId: prompt.id } : {}) };
}
