import type { BotServices } from '../bot/services';
import { aggregateOf, closeCheckin, postResults } from '../bot/checkin/close-checkin';
import { errorSummary } from '../server';

/**
 * Closes every check-in whose deadline is at or before `now` and posts its results. Reads only
 * the open list (keyed by due time), so its cost grows with the check-ins due, not with all
 * check-ins ever held. A check-in already closed but still listed (a crash between closing and
 * unlisting) gets its results posted again and is unlisted. Returns how many it closed.
 */
export async function closeDueCheckins(services: BotServices, now: Date): Promise<number> {
  const store = services.checkins.store;
  let closed = 0;
  for (const due of await store.listDue(now)) {
    try {
      const checkin = await store.get(due.conversationKey, due.id);
      if (!checkin) {
        await store.removeFromOpen(due);
      } else if (checkin.status === 'closed') {
        await postResults(services, checkin, await aggregateOf(services, checkin));
      } else if ((await closeCheckin(services, checkin, 'deadline', now)).closedNow) {
        closed += 1;
      }
    } catch (error) {
      services.logger.warn({ event: 'checkin.close.failed', err: errorSummary(error) }, 'closing a due check-in failed; the next tick retries');
    }
  }
  return closed;
}
