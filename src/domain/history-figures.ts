import { isPlayed, roleOf, type Answer } from './answer';
import { addWeeks, isoWeekOf, weekStartOf, type IsoWeek } from './iso-week';
import { stepOf, type Step } from './paradox-step';
import { groupByWeek, isSplit, paradoxPositions, sum, wholePercents, type ParadoxPosition, type Spread } from './weekly-summary-figures';

/** Weeks the history card looks back, the current week included. */
export const HISTORY_CARD_WEEKS = 12;
/** Where a person stood is compared between the first and the last this many weeks of the window. */
export const SHIFT_WEEKS = 4;

interface HistoryInput {
  /** The person's answers; those outside the window are ignored. */
  answers: readonly Answer[];
  now: Date;
  /** The person's zone: which week is the current one. An answer belongs to the week of its question's date. */
  timeZone: string;
  /** The roles of the person's current lens, in lens order; answers in other lenses count as answers, not in the mix. */
  roleIds: readonly string[];
  lensId: string;
}

export interface RoleMix {
  roleId: string;
  count: number;
  /** Whole percent; the roles of one mix add up to 100 (0 everywhere when none was answered). */
  share: number;
}

export interface HistoryWeek {
  weekStart: string;
  week: IsoWeek;
  answers: number;
  /** Days of the week whose question was answered (participation). */
  answeredDays: number;
  /** Answers "speelde vandaag niet": in the participation, not in the mix. */
  notPlayed: number;
  /** In lens order; empty counts when nothing was answered in the lens. */
  roles: RoleMix[];
}

/** Where a person stood on a paradox: mean position, its step (1 … 5) and how often each place was chosen. */
export interface Standing {
  answers: number;
  average: number;
  step: Step;
  /** When answers lie on both sides, the card says so instead of naming the mean's step. */
  spread: Spread;
}

interface ParadoxShift {
  paradoxId: string;
  first: Standing;
  last: Standing;
}

export interface HistoryFigures {
  /** Oldest first, the current week last; always `HISTORY_CARD_WEEKS` long. */
  weeks: HistoryWeek[];
  answers: number;
  answeredDays: number;
  /** The mix over the whole window. */
  roles: RoleMix[];
  /** Paradoxes answered both in the first and in the last four weeks, most answered first. */
  shifts: ParadoxShift[];
}

/** The figures of the history card: role mix and participation per week, and how standings moved. */
export function historyFigures(input: HistoryInput): HistoryFigures {
  const current = weekStartOf(input.now, input.timeZone);
  const starts = Array.from({ length: HISTORY_CARD_WEEKS }, (_, i) => addWeeks(current, i - (HISTORY_CARD_WEEKS - 1)));
  const byWeek = groupByWeek(input.answers);
  const weeks = starts.map((weekStart) => historyWeek(weekStart, byWeek.get(weekStart) ?? [], input));
  const inWindow = starts.flatMap((w) => byWeek.get(w) ?? []);
  const firstPart = starts.slice(0, SHIFT_WEEKS).flatMap((w) => byWeek.get(w) ?? []);
  const lastPart = starts.slice(-SHIFT_WEEKS).flatMap((w) => byWeek.get(w) ?? []);
  return {
    weeks,
    answers: inWindow.length,
    answeredDays: sum(weeks.map((w) => w.answeredDays)),
    roles: roleMix(inWindow, input),
    shifts: shiftsBetween(firstPart, lastPart, inWindow),
  };
}

/** Shares of the lens's roles among the answers given in that lens ("speelde vandaag niet" has no role). */
export function roleMix(answers: readonly Answer[], input: Pick<HistoryInput, 'roleIds' | 'lensId'>): RoleMix[] {
  const counts = input.roleIds.map((id) => answers.filter((a) => a.lens === input.lensId && roleOf(a) === id).length);
  const shares = wholePercents(counts);
  return input.roleIds.map((roleId, i) => ({ roleId, count: counts[i] ?? 0, share: shares[i] ?? 0 }));
}

function historyWeek(weekStart: string, answers: readonly Answer[], input: HistoryInput): HistoryWeek {
  return {
    weekStart,
    week: isoWeekOf(weekStart),
    answers: answers.length,
    answeredDays: new Set(answers.map((a) => a.localDate)).size,
    notPlayed: answers.filter((a) => !isPlayed(a)).length,
    roles: roleMix(answers, input),
  };
}

/** Where the person stood in each part, for paradoxes answered in both; most answered in the window first. */
function shiftsBetween(first: readonly Answer[], last: readonly Answer[], all: readonly Answer[]): ParadoxShift[] {
  const before = new Map(paradoxPositions(first).map((p) => [p.paradoxId, p]));
  const total = (paradoxId: string): number => all.filter((a) => a.paradoxId === paradoxId).length;
  return paradoxPositions(last)
    .flatMap((after) => {
      const start = before.get(after.paradoxId);
      if (!start) return [];
      return [{ paradoxId: after.paradoxId, first: standingOf(start), last: standingOf(after) }];
    })
    .map((shift, i) => ({ shift, i }))
    .sort((a, b) => total(b.shift.paradoxId) - total(a.shift.paradoxId) || a.i - b.i)
    .map(({ shift }) => shift);
}

/** A paradox position as a standing: mean, step and spread. */
export function standingOf(p: ParadoxPosition): Standing {
  return { answers: p.answers, average: p.average, step: stepOf(p.average, p.pole), spread: p.spread };
}

/**
 * The step that says where the person stood, or undefined when one step would not be true: answers
 * on both sides of the middle, or a mean in the middle that not every answer chose.
 */
export function plainStep(standing: Standing): Step | undefined {
  if (isSplit(standing.spread)) return undefined;
  return standing.step !== 3 || standing.spread[2] === standing.answers ? standing.step : undefined;
}
