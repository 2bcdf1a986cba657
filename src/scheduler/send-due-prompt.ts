import type { BotServices } from '../bot/services';
import { choosePrompt } from '../bot/reflection/choose-prompt';
import { renderDailyPrompt } from '../cards/daily-prompt-card';
import { findPrompt } from '../content/library-lookup';
import { localDateOf, nextPromptAt } from '../domain/due-times';
import { scheduledDeliveryId, type Delivery } from '../store/deliveries-repository';
import type { PersonSettings } from '../domain/person-settings';
import type { DueEntry } from '../store/due-repository';
import type { Person } from '../store/people-repository';
import { claimDelivery, MAX_ATTEMPTS } from './claim-delivery';
import { OPEN_PAUSE } from './reschedule';
import type { DueOutcome } from './tick';

export type NextPromptAt = (settings: PersonSettings, after: Date) => Date | undefined;

/**
 * nextPromptAt for one tick. In a fan-out thousands of people share settings and due time, and
 * the time-zone arithmetic was about a quarter of the app's work per prompt: do it once each.
 */
export function nextPromptMemo(): NextPromptAt {
  const known = new Map<string, Date | undefined>();
  return (settings, after) => {
    const key = `${after.getTime()}|${JSON.stringify(settings)}`;
    if (known.has(key)) return known.get(key);
    const next = nextPromptAt(settings, after);
    if (known.size < 10_000) known.set(key, next);
    return next;
  };
}

/** The person's daily prompt: skip when too late, claim, send, record, schedule the next. */
export async function sendDuePrompt(services: BotServices, entry: DueEntry, now: Date, nextAt: NextPromptAt = nextPromptAt): Promise<DueOutcome> {
  const person = await services.people.get(entry.personKey);
  if (!person?.active) {
    await services.due.remove(entry);
    return { kind: 'skipped' };
  }
  const dueAt = new Date(entry.dueAt);
  const next = async (): Promise<void> => {
    const after = new Date(Math.max(now.getTime(), dueAt.getTime()));
    await services.due.reschedule(entry, person.settings.pausedUntil === OPEN_PAUSE ? undefined : nextAt(person.settings, after));
  };
  if (now.getTime() - dueAt.getTime() > services.config.CATCHUP_WINDOW * 60_000) {
    await next();
    return { kind: 'skipped' };
  }
  const localDate = localDateOf(dueAt, person.settings.timeZone);
  const prompt = await choosePrompt(services, person, localDate);
  const claim = await claimDelivery(
    services.deliveries,
    { personKey: person.key, id: scheduledDeliveryId(localDate, 'prompt'), kind: 'prompt', localDate, promptId: prompt.id, paradoxId: prompt.paradoxId, lens: person.settings.lens, snoozes: 0 },
    services.instanceId,
    now,
    services.config.CLAIM_LEASE * 60_000,
  );
  if (claim.kind === 'busy') return { kind: 'busy' };
  if (claim.kind === 'done') {
    await next();
    return { kind: 'skipped' };
  }
  const claimed = findPrompt(services.content, claim.delivery.promptId ?? '') ?? prompt;
  const card = renderDailyPrompt(services.content, { deliveryId: claim.delivery.id, prompt: claimed, lens: claim.delivery.lens ?? person.settings.lens, locale: person.settings.locale, showSnooze: true, showSkip: true });
  const outcome = await sendCardTo(services, person, card, claim.delivery.id, claim.delivery.attempts);
  if (outcome.kind !== 'failed' || claim.delivery.attempts >= MAX_ATTEMPTS) await next();
  return outcome;
}

/** A snoozed prompt, once: the etag update decides which instance sends it. */
export async function sendSnoozedPrompt(services: BotServices, entry: DueEntry, now: Date): Promise<DueOutcome> {
  const delivery = entry.deliveryId ? await services.deliveries.get(entry.personKey, entry.deliveryId) : undefined;
  const person = await services.people.get(entry.personKey);
  const answered = delivery ? await services.answers.get(entry.personKey, delivery.id) : undefined;
  if (!delivery || !person?.active || answered || delivery.skipped || delivery.resentAt) {
    await services.due.remove(entry);
    return { kind: 'skipped' };
  }
  if (!(await services.deliveries.updateIfUnchanged(delivery, { resentAt: now.toISOString() }))) return { kind: 'busy' };
  const prompt = findPrompt(services.content, delivery.promptId ?? '');
  if (!prompt) {
    await services.due.remove(entry);
    return { kind: 'skipped' };
  }
  const card = renderDailyPrompt(services.content, { deliveryId: delivery.id, prompt, lens: delivery.lens ?? person.settings.lens, locale: person.settings.locale, showSnooze: false, showSkip: true });
  const outcome = await sendCardTo(services, person, card, delivery.id, 0);
  await services.due.remove(entry);
  return outcome;
}

/** Sends and records the result; 403 means the bot was removed: stop scheduling this person. */
export async function sendCardTo(services: BotServices, person: Person, card: Record<string, unknown>, deliveryId: string, attempts: number): Promise<DueOutcome> {
  const reference = await services.conversations.get(person.key);
  if (!reference) {
    await services.deliveries.update(person.key, deliveryId, { state: 'failed', attempts: MAX_ATTEMPTS });
    return { kind: 'failed' };
  }
  const result = await services.proactive.send({ tenantId: person.tenantId, reference }, card);
  if (result.ok) {
    await recordSent(services, person.key, deliveryId, { state: 'sent', sentAt: new Date().toISOString(), ...(result.activityId ? { activityId: result.activityId } : {}) });
    return { kind: 'sent', deliveryId };
  }
  if (result.reason === 'blocked') {
    await services.people.setActive(person.key, false);
    await services.deliveries.update(person.key, deliveryId, { state: 'failed', attempts: MAX_ATTEMPTS });
    await services.due.unschedule(person.key, 'prompt');
    await services.due.unschedule(person.key, 'summary');
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
async function recordSent(services: BotServices, personKey: string, deliveryId: string, changes: Partial<Delivery>): Promise<void> {
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
