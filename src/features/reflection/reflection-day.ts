import type { ReflectionDeps } from './reflection-deps';
import { isExtraDelivery } from '../../domain/reflection-day';
import { scheduledDeliveryId } from '../../store/deliveries-repository';
import type { Delivery } from '../../domain/delivery';
import type { Person } from '../../domain/person';
import { wallTimeMs } from '../../clock';
import { errorSummary } from '../../log';
import type { DeliveryFacts } from './delivery-ticket';

/** The day's scheduled slot (`<date>_prompt`) as a question asked in the chat takes it: held for it, or skipped. */
function daySlot(services: ReflectionDeps, person: Person, localDate: string, state: 'held' | 'skipped'): Omit<Delivery, 'etag'> {
  return {
    personKey: person.key,
    id: scheduledDeliveryId(localDate, 'prompt'),
    kind: 'prompt',
    localDate,
    state,
    claimedAt: services.now().toISOString(),
    claimedBy: services.runtime.instanceId,
    attempts: 0,
    snoozes: 0,
  };
}

/**
 * A question asked in the chat (`reflecteer`) holds the day's scheduled slot while it is free: the
 * scheduled prompt then comes only if the day is still not complete at its time, so the answer to
 * this question completes the day with no write of its own. True when this call took the slot;
 * false when the scheduled prompt took it first (or storage failed: then the answer marks the day).
 */
export async function holdDay(services: ReflectionDeps, person: Person, localDate: string): Promise<boolean> {
  try {
    return await services.deliveries.tryCreate(daySlot(services, person, localDate, 'held'));
  } catch (error) {
    services.logger.warn({ event: 'day.hold_failed', err: errorSummary(error) }, 'day slot not held');
    return false;
  }
}

/**
 * An answer or "not today" completes the local day. The day's scheduled slot is taken (a
 * delivery `<date>_prompt` in state skipped, when none was claimed yet), so the scheduled send
 * of that day finds its claim done and moves on to the next day: no extra read per person in a
 * fan-out. When the prompt was already sent, the slot exists: an answer to the scheduled prompt
 * itself (most answers) costs no write here, and neither does one to a question that holds the
 * slot. "Not today" also gives up a slot held for its question.
 */
export async function completeDay(services: ReflectionDeps, person: Person, localDate: string, question: Pick<DeliveryFacts, 'id' | 'holdsDay'>, why: 'answer' | 'skip'): Promise<void> {
  // The scheduled prompt itself, or an extra question (asked only after the day's answer): nothing to take.
  if (question.id === scheduledDeliveryId(localDate, 'prompt') || isExtraDelivery(question.id)) return;
  if (why === 'answer') {
    // Held for this question: the scheduler finds the day answered when the prompt is due.
    if (question.holdsDay) return;
    await services.deliveries.ensureExists(daySlot(services, person, localDate, 'skipped'), wallTimeMs());
    return;
  }
  await services.deliveries.skipSlot(daySlot(services, person, localDate, 'skipped'));
}

/**
 * True when the day has its answer or a question of it was put aside with "not today". A slot
 * taken as skipped says neither: "not today" marks its question too, and an answer whose write
 * failed after its day mark left the question open on the person's screen.
 */
export async function dayIsComplete(services: ReflectionDeps, personKey: string, localDate: string): Promise<boolean> {
  const [answer, deliveries] = await Promise.all([services.answers.dayAnswer(personKey, localDate), services.deliveries.listForDay(personKey, localDate)]);
  return answer !== undefined || deliveries.some((d) => !isExtraDelivery(d.id) && d.skipped === true);
}

/** Today's question that reached the person and is still open (the latest), to show again instead of a new one. */
export function openQuestionOf(deliveries: readonly Delivery[]): Delivery | undefined {
  const open = deliveries.filter((d) => (d.kind === 'prompt' || d.kind === 'reflect') && d.state === 'sent' && d.promptId !== undefined);
  return open.sort((a, b) => (a.sentAt ?? a.claimedAt).localeCompare(b.sentAt ?? b.claimedAt)).at(-1);
}
