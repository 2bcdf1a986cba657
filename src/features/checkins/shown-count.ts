import { wallTimeMs } from '../../clock';
import type { Checkin } from '../../domain/checkin';
import type { Services } from '../services';
import { COUNTER_WINDOW_MS } from './checkin-services';

type CountServices = Pick<Services, 'checkins'>;

/**
 * The answer count of an open check-in as every view shows it: the shared card, a refresh and a
 * member's own view all read it from the check-in row, so no view is more precise than another.
 * It moves at most once per COUNTER_WINDOW_MS (wall clock, across instances: the row holds when it
 * last moved), taking in every answer since; and it never goes down while the check-in is open, so
 * an erasure shows neither at once nor later (the count at the close is the real one). Polling a
 * refresh therefore times no single answer more precisely than the window.
 */
export async function shownCount(services: CountServices, checkin: Checkin, nowMs: number = wallTimeMs()): Promise<number> {
  const shown = checkin.shownCount ?? 0;
  const movedAt = checkin.shownAt ? Date.parse(checkin.shownAt) : Number.NEGATIVE_INFINITY;
  if (nowMs - movedAt < COUNTER_WINDOW_MS) return shown;
  const next = Math.max(shown, await services.checkins.responses.count(checkin.id));
  if (next === shown) return shown;
  if (await services.checkins.checkins.setShownCount(checkin, next, new Date(nowMs).toISOString())) return next;
  // Another view moved it first: show what it showed.
  const current = await services.checkins.checkins.get(checkin.conversationKey, checkin.id);
  return current?.shownCount ?? shown;
}

/** Whether answers arrived that the shown count does not include yet (they show after the window). */
export async function countIsBehind(services: CountServices, checkinId: string, shown: number): Promise<boolean> {
  return (await services.checkins.responses.count(checkinId)) > shown;
}
