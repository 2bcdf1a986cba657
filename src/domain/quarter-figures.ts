import type { Answer } from './answer';
import { roleMix, standingOf, type RoleMix, type Standing } from './history-figures';
import { addWeeks, weekStartOfDate } from './iso-week';
import { groupByWeek, paradoxPositions } from './weekly-summary-figures';

/** A quarter of use: the mirror comes with every 13th weekly summary, counted from the first week of use. */
export const QUARTER_WEEKS = 13;
/** The role mix of the first and of the last this many weeks of a quarter are compared. */
export const QUARTER_PART_WEEKS = 6;

export interface QuarterInput {
  answers: readonly Answer[];
  /** Local date (yyyy-mm-dd) the person started: their first week of use is the week holding it. */
  firstUseDate: string;
  /** Monday of the summary's week, the quarter's last week. */
  weekStart: string;
  roleIds: readonly string[];
  lensId: string;
}

export interface ParadoxMove {
  paradoxId: string;
  answers: number;
  /** Standing over the earlier half of its answers in the quarter, and over the later half. */
  from: Standing;
  to: Standing;
}

export interface QuarterFigures {
  /** 1 for the first quarter of use, 2 for the second, … */
  quarter: number;
  firstWeekStart: string;
  lastWeekStart: string;
  answers: number;
  notes: number;
  /** The mix over the first and over the last six weeks of the quarter. */
  rolesFirst: RoleMix[];
  rolesLast: RoleMix[];
  /** The role least used over the quarter (lens order among equals): the questions may name it. */
  leastUsedRoleId?: string;
  /** The paradox answered most (first answered among equals) and how the standing on it moved. */
  paradox?: ParadoxMove;
}

/** Whole weeks from one Monday to another. */
function weeksBetween(fromMonday: string, toMonday: string): number {
  return Math.round((Date.parse(`${toMonday}T00:00:00Z`) - Date.parse(`${fromMonday}T00:00:00Z`)) / (7 * 86_400_000));
}

/** The quarter of use that ends with the week of `weekStart` (1, 2, …), or undefined when this week ends none. */
export function quarterEndingIn(firstUseDate: string, weekStart: string): number | undefined {
  const weeksOfUse = weeksBetween(weekStartOfDate(firstUseDate), weekStartOfDate(weekStart)) + 1;
  return weeksOfUse >= QUARTER_WEEKS && weeksOfUse % QUARTER_WEEKS === 0 ? weeksOfUse / QUARTER_WEEKS : undefined;
}

/** The quarter's figures, or undefined when the week of `weekStart` ends no quarter of use. */
export function quarterFigures(input: QuarterInput): QuarterFigures | undefined {
  const quarter = quarterEndingIn(input.firstUseDate, input.weekStart);
  if (quarter === undefined) return undefined;
  const lastWeekStart = weekStartOfDate(input.weekStart);
  const starts = Array.from({ length: QUARTER_WEEKS }, (_, i) => addWeeks(lastWeekStart, i - (QUARTER_WEEKS - 1)));
  const byWeek = groupByWeek(input.answers);
  const inWeeks = (weeks: readonly string[]): Answer[] => weeks.flatMap((w) => byWeek.get(w) ?? []);
  const all = inWeeks(starts);
  const whole = roleMix(all, input);
  const least = [...whole].sort((a, b) => a.count - b.count)[0];
  const paradox = mostAnswered(all);
  return {
    quarter,
    firstWeekStart: starts[0] ?? lastWeekStart,
    lastWeekStart,
    answers: all.length,
    notes: all.filter((a) => (a.note ?? '').trim() !== '').length,
    rolesFirst: roleMix(inWeeks(starts.slice(0, QUARTER_PART_WEEKS)), input),
    rolesLast: roleMix(inWeeks(starts.slice(-QUARTER_PART_WEEKS)), input),
    ...(least && all.length > 0 ? { leastUsedRoleId: least.roleId } : {}),
    ...(paradox ? { paradox } : {}),
  };
}

/** The paradox answered most; its earlier half of answers against its later half (one answer: both). */
function mostAnswered(answers: readonly Answer[]): ParadoxMove | undefined {
  const [top] = [...paradoxPositions(answers)].map((p, i) => ({ p, i })).sort((a, b) => b.p.answers - a.p.answers || a.i - b.i);
  if (!top) return undefined;
  const own = answers.filter((a) => a.paradoxId === top.p.paradoxId);
  const half = Math.max(1, Math.floor(own.length / 2));
  const standing = (part: readonly Answer[]): Standing => {
    const [p] = paradoxPositions(part);
    return p ? standingOf(p) : { answers: 0, average: 3, step: 3, spread: [0, 0, 0, 0, 0] };
  };
  return { paradoxId: top.p.paradoxId, answers: own.length, from: standing(own.slice(0, half)), to: standing(own.length === 1 ? own : own.slice(-half)) };
}
