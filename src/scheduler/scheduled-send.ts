import type { SchedulerDeps } from './scheduler-deps';
import type { AdaptiveCard } from '../cards/template-cache';
import { localDateOf } from '../domain/due-times';
import type { PersonSettings } from '../domain/person-settings';
import { scheduledDeliveryId } from '../store/deliveries-repository';
import type { Delivery } from '../domain/delivery';
import type { DueEntry } from '../domain/due-entry';
import type { Person } from '../domain/person';
import { claimDelivery, MAX_ATTEMPTS } from './claim-delivery';
import { OPEN_PAUSE } from '../features/settings/reschedule';
import { sendCardTo } from './send-card-to';
import type { DueOutcome } from './due-outcome';

/** What differs between a scheduled prompt and a scheduled summary. */
interface ScheduledSendPlan {
  kind: 'prompt' | 'summary';
  nextAt: (settings: PersonSettings, after: Date) => Date | undefined;
  /** Fields stored on the claim (the prompt picked for the day), so a takeover sends the same. */
  claimFields: (person: Person, localDate: string) => Promise<Partial<Delivery>>;
  card: (person: Person, delivery: Delivery, dueAt: Date) => Promise<AdaptiveCard>;
  /** Runs once this instance holds the claim, before the send (the prompt goes into the history). */
  onClaimed?: (person: Person, delivery: Delivery) => Promise<void>;
  /** False when there is nothing to send this time (a summary in a pause for a week without answers). */
  wanted?: (person: Person, dueAt: Date) => Promise<boolean>;
  /** For a slot held for a question asked in the chat: true when the day needs no send any more. */
  dayComplete?: (person: Person, localDate: string) => Promise<boolean>;
}

/**
 * One scheduled send: skip people who left, skip what is older than the catch-up window,
 * claim before send, send, and move the due entry to the person's next instant.
 */
export async function sendScheduled(services: SchedulerDeps, entry: DueEntry, now: Date, plan: ScheduledSendPlan): Promise<DueOutcome> {
  const person = await services.people.get(entry.personKey);
  if (!person?.active) {
    await services.due.remove(entry);
    return { kind: 'skipped', reason: 'inactive' };
  }
  const dueAt = new Date(entry.dueAt);
  const next = async (): Promise<void> => {
    const after = new Date(Math.max(now.getTime(), dueAt.getTime()));
    await services.due.reschedule(entry, person.settings.pausedUntil === OPEN_PAUSE ? undefined : plan.nextAt(person.settings, after));
  };
  if (now.getTime() - dueAt.getTime() > services.config.CATCHUP_WINDOW * 60_000) {
    await next();
    return { kind: 'skipped', reason: 'catchup' };
  }
  if (plan.wanted && !(await plan.wanted(person, dueAt))) {
    await next();
    return { kind: 'skipped', reason: 'quiet' };
  }
  const localDate = localDateOf(dueAt, person.settings.timeZone);
  const fresh = { personKey: person.key, id: scheduledDeliveryId(localDate, plan.kind), kind: plan.kind, localDate, snoozes: 0 };
  const { dayComplete } = plan;
  const claim = await claimDelivery(services.deliveries, { ...(await plan.claimFields(person, localDate)), ...fresh }, services.runtime.instanceId, now, services.config.CLAIM_LEASE * 60_000, dayComplete && (() => dayComplete(person, localDate)));
  if (claim.kind === 'busy') return { kind: 'busy' };
  if (claim.kind === 'done') {
    await next();
    return { kind: 'skipped', reason: 'done' };
  }
  services.telemetry.scheduled('claimed', plan.kind);
  await plan.onClaimed?.(person, claim.delivery);
  const card = await plan.card(person, claim.delivery, dueAt);
  const outcome = await sendCardTo(services, person, card, claim.delivery.id, claim.delivery.attempts);
  if (outcome.kind !== 'failed' || claim.delivery.attempts >= MAX_ATTEMPTS) await next();
  return outcome;
}
