import { localDateOf } from './due-times';
import { addDays, addWeeks, isoWeekLabel, isoWeekOf, weekStartOfDate } from './iso-week';

/**
 * Adoption figures an organisation may see: per ISO week and tenant, how many people were
 * registered, how many were active, how many answers they gave and how many team check-ins were
 * started. Counts are exact here; `publish` decides what may be shown.
 *
 * Definitions (stated in the README, because an IT department will ask):
 * - registered: people with a profile created on or before the week's Sunday (in the report's
 *   time zone) who have not erased their data;
 * - active: registered people with at least one answer whose prompt date lies in the week
 *   ("speelde vandaag niet" is an answer; a skip is not);
 * - answers: answers whose prompt date lies in the week (one per prompt; an edit adds none);
 * - check-ins: team check-ins started in the week (in the report's time zone).
 */

/** No figure describes a group of fewer people than this. */
export const MIN_GROUP = 10;
/** Every shown figure is rounded to a multiple of this, so one person more or less rarely shows. */
export const ROUND_TO = 5;
/** The smallest shown active figure that certainly stands for MIN_GROUP people (answers need it). */
export const ANSWERS_FROM_ACTIVE = Math.ceil((MIN_GROUP + Math.floor(ROUND_TO / 2)) / ROUND_TO) * ROUND_TO;

export interface PersonFact {
  personKey: string;
  tenantId: string;
  createdAt: string;
}
export interface AnswerFact {
  personKey: string;
  /** The prompt's local date (yyyy-mm-dd). */
  localDate: string;
}
export interface CheckinFact {
  tenantId: string;
  createdAt: string;
}
export interface AdoptionFacts {
  people: readonly PersonFact[];
  answers: readonly AnswerFact[];
  checkins: readonly CheckinFact[];
}

export interface ExactCounts {
  registered: number;
  active: number;
  answers: number;
  checkins: number;
}

/** What may be shown: a rounded figure, or null for "too few to show". */
export type PublishedFigures = { [K in keyof ExactCounts]: number | null };

export interface ReportWeek {
  /** "2026-W47". */
  week: string;
  /** Monday and Sunday, yyyy-mm-dd. */
  from: string;
  to: string;
}

/**
 * The `count` most recent weeks whose answers can no longer change, oldest first. A prompt can be
 * answered up to `answerWindowDays` after its date, and a person's date may run a day behind the
 * report's zone, so the week of Monday M settles on M + 6 + window + 2: with a window of 6 days,
 * the newest week shown on a Monday is the one that began two weeks earlier.
 */
export function settledWeeks(today: string, count: number, answerWindowDays: number): ReportWeek[] {
  const newest = weekStartOfDate(addDays(today, -(answerWindowDays + 8)));
  return Array.from({ length: count }, (_, i) => reportWeek(addWeeks(newest, i - count + 1)));
}

/**
 * How many settled weeks still lie within `retentionDays` of today: older answers and check-ins are
 * deleted, so counting an older week would show too little.
 */
export function maxSettledWeeks(today: string, retentionDays: number, answerWindowDays: number): number {
  const oldestKept = addDays(today, -retentionDays);
  let count = 0;
  for (let monday = settledWeeks(today, 1, answerWindowDays)[0]?.from ?? ''; monday >= oldestKept; monday = addWeeks(monday, -1)) count += 1;
  return count;
}

export function reportWeek(monday: string): ReportWeek {
  return { week: isoWeekLabel(isoWeekOf(monday)), from: monday, to: addDays(monday, 6) };
}

/** Exact counts of one tenant in one week; instants are read on the wall clock of `timeZone`. */
export function countWeek(facts: AdoptionFacts, tenantId: string, week: ReportWeek, timeZone: string): ExactCounts {
  const people = new Set(facts.people.filter((p) => p.tenantId === tenantId && localDateOf(new Date(p.createdAt), timeZone) <= week.to).map((p) => p.personKey));
  const answers = facts.answers.filter((a) => people.has(a.personKey) && a.localDate >= week.from && a.localDate <= week.to);
  const checkins = facts.checkins.filter((c) => c.tenantId === tenantId && within(localDateOf(new Date(c.createdAt), timeZone), week));
  return { registered: people.size, active: new Set(answers.map((a) => a.personKey)).size, answers: answers.length, checkins: checkins.length };
}

/**
 * The figures that may be shown. Each figure has a group of people behind it and shows only when
 * that group holds at least MIN_GROUP people: registered, active and check-ins describe the
 * registered people of the tenant (exact count); answers describe the active people, so a handful
 * of active people never shows how much each of them answered.
 *
 * A shown figure is rounded to the nearest multiple of ROUND_TO: going from 10 to 11 registered
 * and 9 to 10 active shows 10 and 10 both weeks, so no one joining or answering can be read off
 * from week to week, and "all of them answered" or "none of them did" is never certain.
 * Whether answers show is decided on the shown active figure, not the exact one: a decision on
 * the exact count would itself give it away (10 registered and answers shown would mean all 10
 * answered). A shown active figure of 15 stands for at least 13 people, 10 may stand for 8, so
 * answers need an active figure of 15 or more.
 *
 * Figures of a finished week are frozen when first shown (see the report), so a later erasure
 * cannot be read off by comparing two runs.
 */
export function publish(counts: ExactCounts): PublishedFigures {
  if (counts.registered < MIN_GROUP) return { registered: null, active: null, answers: null, checkins: null };
  const active = rounded(counts.active);
  return {
    registered: rounded(counts.registered),
    active,
    answers: active >= ANSWERS_FROM_ACTIVE ? rounded(counts.answers) : null,
    checkins: rounded(counts.checkins),
  };
}

/** The tenants the facts mention, in a stable order. */
export function tenantsOf(facts: AdoptionFacts): string[] {
  return [...new Set([...facts.people.map((p) => p.tenantId), ...facts.checkins.map((c) => c.tenantId)])].sort();
}

function rounded(value: number): number {
  return Math.round(value / ROUND_TO) * ROUND_TO;
}

function within(localDate: string, week: ReportWeek): boolean {
  return localDate >= week.from && localDate <= week.to;
}
