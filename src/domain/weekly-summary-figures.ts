import { playedPositions, type Answer } from './answer';
import { addWeeks, isoWeekOf, weekStartOfDate, type IsoWeek } from './iso-week';

/** The figures behind the weekly summary: weeks of answers, shares, leaning, streak, paradox positions. */

export type Pole = 'left' | 'right' | 'middle';

/** How often each place on the scale was chosen: index 0 is position 1 (left pole) … index 4 is position 5. */
export type Spread = [number, number, number, number, number];

export interface ParadoxPosition {
  paradoxId: string;
  answers: number;
  /** How often each place was chosen: what the card shows, so a swing from one side to the other is never a middle. */
  spread: Spread;
  /** Mean position, 1 (left pole) … 5 (right pole), to one decimal. */
  average: number;
  pole: Pole;
}

export interface TrendWeek {
  weekStart: string;
  week: IsoWeek;
  /** Whole percent per role id; absent for a week without answers in the lens. */
  shares?: Record<string, number>;
}

export type Leaning = { kind: 'none' } | { kind: 'role'; roleId: string } | { kind: 'tie'; roleIds: string[] };

/** Within half a step of the centre (3) counts as the middle: 2.5 leans left, 2.6 does not. */
const MIDDLE_BAND = 0.5;

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/**
 * Whole percents that add up to exactly 100 (largest remainder): 2 of 3 is 67 and 1 of 3 is 33,
 * and three equal thirds are 34, 33, 33 rather than a 99 that looks like a lost answer.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = sum(counts);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const percents = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => ({ i, remainder: e - Math.floor(e) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let missing = 100 - sum(percents);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    percents[i] = (percents[i] ?? 0) + 1;
    missing -= 1;
  }
  return percents;
}

/** The role chosen most; a tie names every role that shares the top, in the order given. */
export function leaningOf(roles: readonly { roleId: string; count: number }[]): Leaning {
  const most = Math.max(0, ...roles.map((r) => r.count));
  const top = roles.filter((r) => r.count === most).map((r) => r.roleId);
  const [first] = top;
  if (most === 0 || first === undefined) return { kind: 'none' };
  return top.length === 1 ? { kind: 'role', roleId: first } : { kind: 'tie', roleIds: top };
}

/** Per paradox answered, in the order first answered: how often, the spread over the scale, the mean position and its pole. */
export function paradoxPositions(answers: readonly Answer[]): ParadoxPosition[] {
  const positions = new Map<string, number[]>();
  // "Speelde vandaag niet" holds no place on the scale: it counts as an answer elsewhere, never here.
  for (const answer of playedPositions(answers)) positions.set(answer.paradoxId, [...(positions.get(answer.paradoxId) ?? []), answer.position]);
  return [...positions.entries()].map(([paradoxId, values]) => {
    const mean = sum(values) / values.length;
    const pole: Pole = mean <= 3 - MIDDLE_BAND ? 'left' : mean >= 3 + MIDDLE_BAND ? 'right' : 'middle';
    return { paradoxId, answers: values.length, spread: spreadOf(values), average: Math.round(mean * 10) / 10, pole };
  });
}

/** How often each of the positions 1 … 5 occurs. */
export function spreadOf(positions: readonly number[]): Spread {
  const spread: Spread = [0, 0, 0, 0, 0];
  for (const position of positions) if (position >= 1 && position <= 5) spread[position - 1] = (spread[position - 1] ?? 0) + 1;
  return spread;
}

/** True when answers lie on both sides of the middle: their mean is no place anyone stood. */
export function isSplit(spread: Spread): boolean {
  return spread[0] + spread[1] > 0 && spread[3] + spread[4] > 0;
}

/**
 * The week of the question each answer answers (its local date, as the export stores it), however
 * late it was given: a Tuesday prompt answered the next Monday still counts on that Tuesday. A row
 * with a malformed date is left out rather than breaking the whole mirror.
 */
export function groupByWeek(answers: readonly Answer[]): Map<string, Answer[]> {
  const weeks = new Map<string, Answer[]>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt))) {
    const week = weekOfQuestion(answer);
    if (week === undefined) continue;
    const list = weeks.get(week);
    if (list) list.push(answer);
    else weeks.set(week, [answer]);
  }
  return weeks;
}

/** Weeks in a row with at least one answer, counting back from `weekStart`, at most `maxWeeks`. */
export function streakOf(byWeek: Map<string, Answer[]>, weekStart: string, maxWeeks: number): number {
  let streak = 0;
  while (streak < maxWeeks && (byWeek.get(addWeeks(weekStart, -streak))?.length ?? 0) > 0) streak += 1;
  return streak;
}

function weekOfQuestion(answer: Answer): string | undefined {
  try {
    return weekStartOfDate(answer.localDate);
  } catch {
    return undefined;
  }
}

/** One week of the trend: shares of the roles (in the given order), none for a week without answers. */
export function trendWeek(weekStart: string, roleIds: readonly string[], counts: number[]): TrendWeek {
  const week = isoWeekOf(weekStart);
  if (sum(counts) === 0) return { weekStart, week };
  const shares = wholePercents(counts);
  return { weekStart, week, shares: Object.fromEntries(roleIds.map((id, i) => [id, shares[i] ?? 0])) };
}
