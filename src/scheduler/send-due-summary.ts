import type { BotServices } from '../bot/services';
import { localDateOf, nextSummaryAt } from '../domain/due-times';
import { scheduledDeliveryId } from '../store/deliveries-repository';
import type { DueEntry } from '../store/due-repository';
import { claimDelivery, MAX_ATTEMPTS } from './claim-delivery';
import { OPEN_PAUSE } from './reschedule';
import { sendCardTo } from './send-due-prompt';
import type { DueOutcome } from './tick';
import { buildSummaryCardFor } from './summary-card-source';

/** The weekly summary, with the same claim-before-send as prompts. */
export async function sendDueSummary(services: BotServices, entry: DueEntry, now: Date): Promise<DueOutcome> {
  const person = await services.people.get(entry.personKey);
  if (!person?.active) {
    await services.due.remove(entry);
    return { kind: 'skipped' };
  }
  const dueAt = new Date(entry.dueAt);
  const next = async (): Promise<void> => {
    const after = new Date(Math.max(now.getTime(), dueAt.getTime()));
    await services.due.reschedule(entry, person.settings.pausedUntil === OPEN_PAUSE ? undefined : nextSummaryAt(person.settings, after));
  };
  if (now.getTime() - dueAt.getTime() > services.config.CATCHUP_WINDOW * 60_000) {
    await next();
    return { kind: 'skipped' };
  }
  const localDate = localDateOf(dueAt, person.settings.timeZone);
  const claim = await claimDelivery(
    services.deliveries,
    { personKey: person.key, id: scheduledDeliveryId(localDate, 'summary'), kind: 'summary', localDate, snoozes: 0 },
    services.instanceId,
    now,
    services.config.CLAIM_LEASE * 60_000,
  );
  if (claim.kind === 'busy') return { kind: 'busy' };
  if (claim.kind === 'done') {
    await next();
    return { kind: 'skipped' };
  }
  const card = await buildSummaryCardFor(services, person, dueAt);
  const outcome = await sendCardTo(services, person, card, claim.delivery.id, claim.delivery.attempts);
  if (outcome.kind !== 'failed' || claim.delivery.attempts >= MAX_ATTEMPTS) await next();
  return outcome;
}
