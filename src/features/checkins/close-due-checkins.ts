import type { CheckinDeps } from './checkins-deps';
import { closeCheckin, postResults, resultOf } from './close-checkin';
import { errorSummary } from '../../log';

/**
 * Closes every check-in whose deadline is at or before `now` and posts its results, then
 * deletes check-ins past CHECKIN_RETENTION_DAYS with their answers. Reads only the time-keyed
 * lists, so its cost grows with the check-ins due, not with all check-ins ever held. A check-in
 * already closed but still listed open (a crash between closing and unlisting) gets its results
 * posted again and is unlisted. Returns how many it closed.
 */
export async function closeDueCheckins(services: CheckinDeps, now: Date): Promise<number> {
  const store = services.checkins.checkins;
  let closed = 0;
  for (const due of await store.listUpTo('open', now)) {
    try {
      const checkin = await store.get(due.conversationKey, due.id);
      if (!checkin) {
        await store.removeFromOpen({ id: due.id, dueAt: due.at });
      } else if (checkin.status === 'closed') {
        await postResults(services, checkin, resultOf(checkin));
      } else if (Date.parse(checkin.dueAt) > now.getTime()) {
        // Open, and its deadline moved (kept open a day longer): this row is the old one.
        await store.unlist('open', due.at, due.id);
      } else if ((await closeCheckin(services, checkin, 'deadline', now)).closedNow) {
        closed += 1;
      }
    } catch (error) {
      services.logger.warn({ event: 'checkin.close.failed', err: errorSummary(error) }, 'closing a due check-in failed; the next tick retries');
    }
  }
  await deleteExpiredCheckins(services, now);
  return closed;
}

/** Answers first, the check-in and its list rows last, so an interrupted purge is finished next tick. */
async function deleteExpiredCheckins(services: CheckinDeps, now: Date): Promise<void> {
  const store = services.checkins.checkins;
  let deleted = 0;
  for (const expired of await store.listUpTo('expire', now)) {
    try {
      const checkin = await store.get(expired.conversationKey, expired.id);
      if (checkin && Date.parse(checkin.expiresAt) > now.getTime()) {
        // Its retention moved with its deadline: this row is the old one.
        await store.unlist('expire', expired.at, expired.id);
        continue;
      }
      await services.checkins.responses.deleteAllFor(expired.id);
      await store.delete(checkin ?? { ...expired, dueAt: expired.at, expiresAt: expired.at });
      deleted += 1;
    } catch (error) {
      services.logger.warn({ event: 'checkin.purge.failed', err: errorSummary(error) }, 'deleting an expired check-in failed; the next tick retries');
    }
  }
  if (deleted > 0) services.logger.info({ event: 'checkin.purged', deleted }, 'expired check-ins deleted');
}
