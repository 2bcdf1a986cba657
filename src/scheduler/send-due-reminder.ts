import type { SchedulerDeps } from './scheduler-deps';
import { renderMessage } from '../cards/message-card';
import { reminderStrings } from '../cards/strings/reminder-strings';
import { localDateOf } from '../domain/due-times';
import { reminderOf } from '../domain/mirror-settings';
import { MIN_MINUTES_AFTER_PROMPT, reminderPlan, type PromptToday } from '../domain/reminder';
import { nextReminderAt } from '../domain/reminder-times';
import { scheduledDeliveryId } from '../store/deliveries-repository';
import type { DueEntry } from '../domain/due-entry';
import type { Person } from '../domain/person';
import { claimDelivery, MAX_ATTEMPTS } from './claim-delivery';
import { sendCardTo } from './send-card-to';
import type { DueOutcome } from './due-outcome';

/**
 * The optional reminder: when its entry comes due, it looks at today's scheduled prompt and sends
 * one short message only while that prompt is delivered and unanswered (not skipped, not paused),
 * claimed in the Deliveries table like every other send (`<date>_reminder`), so several
 * instances send it once and a day never gets two. Then the entry moves to the next prompt day.
 */
export async function sendDueReminder(services: SchedulerDeps, entry: DueEntry, now: Date): Promise<DueOutcome> {
  const person = await services.people.get(entry.personKey);
  if (!person?.active) {
    await services.due.remove(entry);
    return { kind: 'skipped', reason: 'inactive' };
  }
  const dueAt = new Date(entry.dueAt);
  const next = (): Promise<void> => services.due.reschedule(entry, nextReminderAt(person.settings, new Date(Math.max(now.getTime(), dueAt.getTime()))));
  if (now.getTime() - dueAt.getTime() > services.config.CATCHUP_WINDOW * 60_000) {
    await next();
    return { kind: 'skipped', reason: 'catchup' };
  }
  const localDate = localDateOf(dueAt, person.settings.timeZone);
  const id = scheduledDeliveryId(localDate, 'reminder');
  const [prompt, reminded] = await Promise.all([promptToday(services, person, localDate), services.deliveries.get(person.key, id)]);
  if (prompt.state === 'snoozed') {
    // The prompt comes again later today: look again after it.
    await services.due.reschedule(entry, new Date(now.getTime() + MIN_MINUTES_AFTER_PROMPT * 60_000));
    return { kind: 'skipped' };
  }
  const plan = reminderPlan(reminderOf(person.settings), { prompt, reminded: reminded?.state === 'sent' || reminded?.state === 'skipped' }, person.settings.timeZone);
  if (!plan.due) {
    await next();
    return { kind: 'skipped', reason: 'done' };
  }
  if (plan.at.getTime() > now.getTime()) {
    // The prompt came later than planned (snoozed): look again an hour after it.
    await services.due.reschedule(entry, plan.at);
    return { kind: 'skipped' };
  }
  const claim = await claimDelivery(services.deliveries, { personKey: person.key, id, kind: 'reminder', localDate, snoozes: 0 }, services.runtime.instanceId, now, services.config.CLAIM_LEASE * 60_000);
  if (claim.kind === 'busy') return { kind: 'busy' };
  if (claim.kind === 'done') {
    await next();
    return { kind: 'skipped', reason: 'done' };
  }
  services.telemetry.scheduled('claimed', 'reminder');
  const outcome = await sendCardTo(services, person, renderMessage(reminderStrings[person.settings.locale].message), id, claim.delivery.attempts);
  if (outcome.kind !== 'failed' || claim.delivery.attempts >= MAX_ATTEMPTS) await next();
  return outcome;
}

/** Today's scheduled prompt as the reminder sees it. */
async function promptToday(services: SchedulerDeps, person: Person, localDate: string): Promise<PromptToday | { state: 'snoozed' }> {
  const paused = person.settings.pausedUntil !== undefined && person.settings.pausedUntil >= localDate;
  if (paused) return { state: 'paused' };
  const delivery = await services.deliveries.get(person.key, scheduledDeliveryId(localDate, 'prompt'));
  if (!delivery) return { state: 'none' };
  if (delivery.skipped || delivery.state === 'skipped') return { state: 'skipped' };
  if (delivery.state !== 'sent' || !delivery.sentAt) return { state: 'none' };
  // Answered, to this question or another of the day.
  if (await services.answers.dayAnswer(person.key, localDate)) return { state: 'answered' };
  if (delivery.snoozes > 0 && !delivery.resentAt) return { state: 'snoozed' };
  return { state: 'delivered', deliveredAt: delivery.resentAt ?? delivery.sentAt };
}
