import { DateTime } from 'luxon';
import type { Locale } from '../content/types';
import type { CheckinLens } from './checkin';
import type { ConversationRef } from './conversation-ref';

/**
 * A recurring team check-in: every week or every other week, on one weekday at one local time in
 * one time zone, a check-in is posted to a channel or group chat and closes after `hours`. The
 * series names nobody: its owner is a key of whoever set it up, for this series only
 * (src/domain/pseudonym.ts), which is also the owner of every check-in it posts.
 */
export interface CheckinSeries {
  conversationKey: string;
  id: string;
  tenantId: string;
  owner: string;
  everyWeeks: 1 | 2;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local "HH:mm". */
  time: string;
  zone: string;
  /** The fixed topic, or where a rotating series starts. */
  topicKind: 'dilemma' | 'paradox';
  topicId: string;
  rotate: boolean;
  lens: CheckinLens;
  hours: number;
  minimum: number;
  notesAllowed: boolean;
  locale: Locale;
  /** The channel or group chat (no member in it). */
  reference: ConversationRef;
  createdAt: string;
  /** The next occurrence, as an instant. */
  nextAt: string;
  /** How many occurrences came before `nextAt` (posted or skipped): the rotation's step. */
  occurrence: number;
  etag?: string;
}

/** The first occurrence strictly after `now`: the next `weekday` at `time` in `zone`. */
export function firstOccurrence(weekday: number, time: string, zone: string, now: Date): Date {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const local = DateTime.fromJSDate(now, { zone });
  let at = local.set({ hour, minute, second: 0, millisecond: 0 }).plus({ days: (weekday - local.weekday + 7) % 7 });
  if (at.toMillis() <= now.getTime()) at = at.plus({ weeks: 1 });
  return at.toJSDate();
}

/**
 * The occurrence after `at`, `everyWeeks` later on the same local clock: across a change to or from
 * summer time it stays at 09:00 local, not at 09:00 plus or minus an hour.
 */
export function followingOccurrence(series: Pick<CheckinSeries, 'everyWeeks' | 'time' | 'zone'>, at: string): Date {
  const [hour = 0, minute = 0] = series.time.split(':').map(Number);
  return DateTime.fromISO(at, { zone: series.zone }).plus({ weeks: series.everyWeeks }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/**
 * The topic of occurrence `step`: always the same, or, rotating, the next one after the start
 * topic in `topics` (the library's order), round and round. A start topic no longer in the
 * library rotates from the first.
 */
export function topicOf<T extends { kind: 'dilemma' | 'paradox'; id: string }>(series: Pick<CheckinSeries, 'topicKind' | 'topicId' | 'rotate'>, topics: readonly T[], step: number): { kind: 'dilemma' | 'paradox'; id: string } {
  const fixed = { kind: series.topicKind, id: series.topicId };
  if (!series.rotate || topics.length === 0) return fixed;
  const start = Math.max(0, topics.findIndex((t) => t.kind === series.topicKind && t.id === series.topicId));
  const topic = topics[(start + step) % topics.length];
  return topic ? { kind: topic.kind, id: topic.id } : fixed;
}
