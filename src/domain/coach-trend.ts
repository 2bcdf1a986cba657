import { playedPositions, roleOf } from './answer';
import type { ConsentScope } from './coach-scope';
import { localDateOf } from './due-times';
import { addDays, addWeeks, weekStartOfDate } from './iso-week';
import { wholePercents } from './weekly-summary-figures';

/**
 * What a coach sees of one person. A coach looks again and again, so any figure that could still
 * change would let them read off single answers by comparing two looks ("last week 100 %
 * Bureaucraat, now 50/50": the new answer came from the other role). So a coach sees only
 * completed periods, and only periods with enough answers: a figure once shown never changes.
 */

/** Completed weeks a coach looks back. */
const COACH_WEEKS = 8;
/** A week's role shares and count are shown only from this many answers; fewer says "too few". */
const MIN_ANSWERS_PER_WEEK = 3;
/** A paradox average is shown only over at least this many answers in its block. */
const MIN_ANSWERS_PER_PARADOX = 3;
/** Paradox averages are per block of this many weeks, blocks fixed on the calendar. */
const PARADOX_BLOCK_WEEKS = 4;
/** Completed blocks a coach sees paradox averages of. */
const PARADOX_BLOCKS = 2;
/**
 * A first answer still counts for its prompt's day this many days later: the same number as
 * ANSWER_WINDOW_DAYS of src/features/reflection/delivery-context.ts (a unit test holds them equal).
 * A week is complete only when no answer can be added to it any more.
 */
export const LATE_ANSWER_DAYS = 6;
/**
 * The last zone on Earth to reach a date (UTC−12). Answers carry the coachee's local date, and
 * the coach does not know the coachee's zone: a week is complete when it is over there too.
 */
const LAST_ZONE = 'Etc/GMT+12';
/**
 * The first zone on Earth to reach a date (UTC+14). The date a person started sharing is read
 * there, the latest it can be anywhere: no week from before it is ever listed as one they let pass.
 */
const FIRST_ZONE = 'Etc/GMT-14';
/** A Monday from which the fixed paradox blocks are counted. */
const BLOCK_EPOCH = '1970-01-05';

/** All the coach view ever reads of an answer: no note, no prompt, no time of day. */
export interface CoachAnswerFacts {
  /** The person's local date of the prompt (yyyy-mm-dd). */
  localDate: string;
  roleId: string;
  paradoxId: string;
  /** 1 (left pole) … 5 (right pole); 0 for "speelde vandaag niet", which has no role either. */
  position: number;
}

interface RoleShareOfWeek {
  roleId: string;
  answers: number;
  /** Whole percent of the week's answers; the roles of a week add up to 100. */
  percent: number;
}

interface ParadoxAverage {
  paradoxId: string;
  answers: number;
  /** Mean position, to one decimal. */
  average: number;
}

/**
 * One completed week: its figures when it had enough answers, otherwise only that it had too few.
 * Role shares only from MIN_ANSWERS_PER_WEEK answers with a role ("speelde vandaag niet" has none).
 */
export type CoachWeek =
  | { weekStart: string; tooFew: false; answers: number; notPlayed: number; roles: RoleShareOfWeek[] }
  | { weekStart: string; tooFew: true };

/** One completed block of weeks with the paradox averages that had enough answers in it. */
interface ParadoxBlock {
  firstWeekStart: string;
  lastWeekStart: string;
  paradoxes: ParadoxAverage[];
}

export interface CoachTrend {
  firstWeekStart: string;
  weeksInWindow: number;
  /** The Monday of the week the person started sharing in (the consent's date on the earliest clock). */
  sharingWeekStart: string;
  /**
   * While no week since sharing is complete: the date the first one can appear (its last late
   * answer passed everywhere). Absent once it could.
   */
  firstWeekDate?: string;
  /**
   * The completed weeks of the window, oldest first: every week since sharing began, and of the
   * weeks before only those with enough answers (a week before the consent was not let pass).
   */
  weeks: CoachWeek[];
  /** Only with the paradox scope: the latest completed blocks, oldest first. */
  paradoxBlocks?: ParadoxBlock[];
}

/** The completed periods a coach view covers, and the local dates to read for them. */
export interface CoachWindow {
  firstWeekStart: string;
  /** The newest completed week (its Monday). */
  lastWeekStart: string;
  weeks: number;
  /** The Mondays starting the completed paradox blocks shown, oldest first. */
  blockStarts: string[];
  /** The answers to read: local dates from `firstDate` up to `lastDate`. */
  firstDate: string;
  lastDate: string;
}

/** The date the week starting on `weekStart` is complete everywhere: lastCompleteWeekStart reaches it. */
function weekCompleteOn(weekStart: string): string {
  return addDays(weekStart, 7 + LATE_ANSWER_DAYS);
}

/** The Monday of the week a consent given at `grantedAt` (ISO instant) began in, read on the earliest clock. */
function sharingWeekOf(grantedAt: string): string {
  return weekStartOfDate(localDateOf(new Date(grantedAt), FIRST_ZONE));
}

/** The Monday of the newest week that no answer can still be added to, at `now`. */
function lastCompleteWeekStart(now: Date): string {
  const latestToday = localDateOf(now, LAST_ZONE);
  // A week's Sunday is its Monday + 6; its last answer comes LATE_ANSWER_DAYS after that.
  return weekStartOfDate(addDays(latestToday, -(7 + LATE_ANSWER_DAYS)));
}

/** The fixed block of PARADOX_BLOCK_WEEKS weeks that the week starting on `weekStart` lies in. */
export function blockStartOf(weekStart: string): string {
  const weeks = Math.round((Date.parse(weekStart) - Date.parse(BLOCK_EPOCH)) / (7 * 86_400_000));
  return addWeeks(BLOCK_EPOCH, Math.floor(weeks / PARADOX_BLOCK_WEEKS) * PARADOX_BLOCK_WEEKS);
}

/** The window of completed periods at `now`; the same for every coach and zone. */
export function coachWindow(now: Date, weeks = COACH_WEEKS): CoachWindow {
  const lastWeekStart = lastCompleteWeekStart(now);
  const firstWeekStart = addWeeks(lastWeekStart, -(weeks - 1));
  // The newest block whose last week is complete, and the ones before it.
  const newestBlock = blockStartOf(addWeeks(lastWeekStart, -(PARADOX_BLOCK_WEEKS - 1)));
  const blockStarts = Array.from({ length: PARADOX_BLOCKS }, (_, i) => addWeeks(newestBlock, -(PARADOX_BLOCKS - 1 - i) * PARADOX_BLOCK_WEEKS));
  const firstDate = [firstWeekStart, blockStarts[0] ?? firstWeekStart].sort()[0] ?? firstWeekStart;
  return { firstWeekStart, lastWeekStart, weeks, blockStarts, firstDate, lastDate: addDays(lastWeekStart, 6) };
}

/**
 * Aggregates one person's answers for a coach: per completed week the number of answers and the
 * share of each role, from MIN_ANSWERS_PER_WEEK answers on; per completed block the paradox
 * averages, only when the scope allows. Answers outside the window are ignored, so a caller
 * cannot widen what the coach sees by passing more.
 */
export function coachTrend(facts: readonly CoachAnswerFacts[], scope: ConsentScope, window: CoachWindow, grantedAt: string): CoachTrend {
  const sharingWeekStart = sharingWeekOf(grantedAt);
  const weeks = Array.from({ length: window.weeks }, (_, i): CoachWeek => {
    const weekStart = addWeeks(window.firstWeekStart, i);
    const answers = facts.filter((f) => f.localDate >= weekStart && f.localDate <= addDays(weekStart, 6));
    if (answers.length < MIN_ANSWERS_PER_WEEK) return { weekStart, tooFew: true };
    const withRole = answers.filter((a) => roleOf(a) !== undefined);
    const roles = withRole.length >= MIN_ANSWERS_PER_WEEK ? roleShares(withRole) : [];
    return { weekStart, tooFew: false, answers: answers.length, notPlayed: answers.length - withRole.length, roles };
  }).filter((w) => !w.tooFew || w.weekStart >= sharingWeekStart);
  const blocks = window.blockStarts.map((start) => paradoxBlock(facts, start)).filter((b) => b.paradoxes.length > 0 || b.lastWeekStart >= sharingWeekStart);
  return {
    firstWeekStart: window.firstWeekStart,
    weeksInWindow: window.weeks,
    sharingWeekStart,
    ...(sharingWeekStart > window.lastWeekStart ? { firstWeekDate: weekCompleteOn(sharingWeekStart) } : {}),
    weeks,
    ...(scope.paradoxPositions ? { paradoxBlocks: blocks } : {}),
  };
}

function paradoxBlock(facts: readonly CoachAnswerFacts[], firstWeekStart: string): ParadoxBlock {
  const lastWeekStart = addWeeks(firstWeekStart, PARADOX_BLOCK_WEEKS - 1);
  const inBlock = facts.filter((f) => f.localDate >= firstWeekStart && f.localDate <= addDays(lastWeekStart, 6));
  return { firstWeekStart, lastWeekStart, paradoxes: paradoxAverages(inBlock) };
}

function roleShares(answers: readonly CoachAnswerFacts[]): RoleShareOfWeek[] {
  const counts = countBy(answers, (a) => roleOf(a) ?? '');
  const percents = wholePercents(counts.map(([, n]) => n));
  return counts.map(([roleId, n], i) => ({ roleId, answers: n, percent: percents[i] ?? 0 }));
}

function paradoxAverages(facts: readonly CoachAnswerFacts[]): ParadoxAverage[] {
  // "Speelde vandaag niet" (position 0) holds no place on the scale.
  const answers = playedPositions(facts);
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
