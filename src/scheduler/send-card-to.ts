import type { SchedulerDeps } from './scheduler-deps';
import type { Delivery } from '../domain/delivery';
import type { Person } from '../domain/person';
import { MAX_ATTEMPTS } from './claim-delivery';
import type { DueOutcome } from './due-outcome';

/** Sends and records the result; 403 means the bot was removed: stop scheduling this person. */
export async function sendCardTo(services: SchedulerDeps, person: Person, card: Record<string, unknown>, deliveryId: string, attempts: number): Promise<DueOutcome> {
  const reference = await services.conversations.get(person.key);
  if (!reference) {
    await services.deliveries.update(person.key, deliveryId, { state: 'failed', attempts: MAX_ATTEMPTS });
    return { kind: 'failed' };
  }
  const result = await services.proactive.send({ tenantId: person.tenantId, reference }, card);
  if (result.ok) {
    await recordSent(services, person.key, deliveryId, { state: 'sent', sentAt: services.now().toISOString(), ...(result.activityId ? { activityId: result.activityId } : {}) });
    return { kind: 'sent', deliveryId };
  }
  if (result.reason === 'blocked') {
    await services.people.setActive(person.key, false);
    await services.deliveries.update(person.key, deliveryId, { state: 'failed', attempts: MAX_ATTEMPTS });
    await services.due.unschedule(person.key, 'prompt');
    await services.due.unschedule(person.key, 'summary');
    await services.due.unschedule(person.key, 'reminder');
    return { kind: 'failed' };
  }
  await services.deliveries.update(person.key, deliveryId, { state: 'failed', attempts: Math.max(attempts, 1) });
  return { kind: 'failed' };
}

/** Waits between tries to record a send: together about 45 s, far inside the claim lease. */
const RECORD_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000];

/**
 * A message that went out must be recorded as sent, or another instance sends it again when
 * the claim's lease is over. So this one write outlasts a short storage outage instead of
 * failing the entry at once. A 4xx (the person's data was deleted meanwhile) is not retried.
 */
async function recordSent(services: SchedulerDeps, personKey: string, deliveryId: string, changes: Partial<Delivery>): Promise<void> {
  for (const delay of [...RECORD_RETRY_DELAYS_MS, undefined]) {
    try {
      await services.deliveries.update(personKey, deliveryId, changes);
      return;
    } catch (error) {
      const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
      if (delay === undefined || (typeof status === 'number' && status < 500)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
