import type { ConsentScope } from './coach-scope';
import { localDateOf } from './due-times';
import { addWeeks, weekStartOf, weekStartOfDate } from './iso-week';
import { wholePercents } from './weekly-summary-figures';

/** Weeks a coach looks back, the current week included. */
export const COACH_WEEKS = 8;
/**
 * A paradox average is shown only over at least this many answers: an "average" of one answer
 * is that answer, and the coach never sees single answers.
 */
export const MIN_ANSWERS_PER_PARADOX = 3;

/** All the coach view ever reads of an answer: no note, no prompt, no time of day. */
export interface CoachAnswerFacts {
  /** The person's local date of the prompt (yyyy-mm-dd). */
  localDate: string;
  roleId: string;
  paradoxId: string;
  /** 1 (left pole) … 5 (right pole). */
  position: number;
}

export interface RoleShareOfWeek {
  roleId: string;
  answers: number;
  /** Whole percent of the week's answers; the roles of a week add up to 100. */
  percent: number;
}

export interface ParadoxAverage {
  paradoxId: string;
  answers: number;
  /** Mean position, to one decimal. */
  average: number;
}

export interface CoachWeek {
  /** Monday (yyyy-mm-dd). */
  weekStart: string;
  /** Participation: answers given that week. */
  answers: number;
  /** Ordered by role id, so series stay stable from week to week. */
  roles: RoleShareOfWeek[];
}

export interface CoachTrend {
  firstWeekStart: string;
  weeksInWindow: number;
  /** Only weeks with at least one answer, oldest first. */
  weeks: CoachWeek[];
  /** Over the whole window, only with the paradox scope, only paradoxes with enough answers. */
  paradoxes?: ParadoxAverage[];
}

/** The local dates a coach view covers: from the Monday `weeks - 1` weeks back up to today. */
export interface CoachWindow {
  firstWeekStart: string;
  lastDate: string;
  weeks: number;
}

/** The window ending today on the viewer's wall clock. */
export function coachWindow(now: Date, timeZone: string, weeks = COACH_WEEKS): CoachWindow {
  const today = localDateOf(now, timeZone);
  return { firstWeekStart: addWeeks(weekStartOf(now, timeZone), -(weeks - 1)), lastDate: today, weeks };
}

/**
 * Aggregates one person's answers for a coach: per week the number of answers and the share of
 * each role; over the window the paradox averages, only when the scope allows. Answers outside the
 * window are ignored, so a caller cannot widen what the coach sees by passing more.
 */
export function coachTrend(facts: readonly CoachAnswerFacts[], scope: ConsentScope, window: CoachWindow): CoachTrend {
  const inWindow = facts.filter((f) => f.localDate >= window.firstWeekStart && f.localDate <= window.lastDate);
  const byWeek = new Map<string, CoachAnswerFacts[]>();
  for (const fact of inWindow) {
    const week = weekStartOfDate(fact.localDate);
    byWeek.set(week, [...(byWeek.get(week) ?? []), fact]);
  }
  const weeks = [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, answers]): CoachWeek => ({ weekStart, answers: answers.length, roles: roleShares(answers) }));
  return {
    firstWeekStart: window.firstWeekStart,
    weeksInWindow: window.weeks,
    weeks,
    ...(scope.paradoxPositions ? { paradoxes: paradoxAverages(inWindow) } : {}),
  };
}

function roleShares(answers: readonly CoachAnswerFacts[]): RoleShareOfWeek[] {
  const counts = countBy(answers, (a) => a.roleId);
  const percents = wholePercents(counts.map(([, n]) => n));
  return counts.map(([roleId, n], i) => ({ roleId, answers: n, percent: percents[i] ?? 0 }));
}

function paradoxAverages(answers: readonly CoachAnswerFacts[]): ParadoxAverage[] {
  return countBy(answers, (a) => a.paradoxId)
    .filter(([, n]) => n >= MIN_ANSWERS_PER_PARADOX)
    .map(([paradoxId, n]) => {
      const total = answers.filter((a) => a.paradoxId === paradoxId).reduce((sum, a) => sum + a.position, 0);
      return { paradoxId, answers: n, average: Math.round((total / n) * 10) / 10 };
    });
}

/** Counts per key, ordered by key. */
function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}
