import type { Answer } from '../../domain/answer';
import { isExtraDelivery } from '../../domain/reflection-day';
import { scheduledDeliveryId } from '../../store/deliveries-repository';
import type { Delivery } from '../../domain/delivery';
import type { Person } from '../../domain/person';
import type { Services } from '../services';
import { wallTimeMs } from '../../clock';

/**
 * An answer or "not today" completes the local day. The day's scheduled slot is taken (a
 * delivery `<date>_prompt` in state skipped, when none was claimed yet), so the scheduled send
 * of that day finds its claim done and moves on to the next day: no extra read per person in a
 * fan-out. When the prompt was already sent, the slot exists: an answer to the scheduled prompt
 * itself (most answers) costs no write here.
 */
export async function completeDay(services: Services, person: Person, localDate: string, deliveryId: string): Promise<void> {
  // The scheduled prompt itself, or an extra question (asked only after the day's answer): nothing to take.
  if (deliveryId === scheduledDeliveryId(localDate, 'prompt') || isExtraDelivery(deliveryId)) return;
  const now = services.now();
  await services.deliveries.ensureExists(
    {
      personKey: person.key,
      id: scheduledDeliveryId(localDate, 'prompt'),
      kind: 'prompt',
      localDate,
      state: 'skipped',
      claimedAt: now.toISOString(),
      claimedBy: services.instanceId,
      attempts: 0,
      snoozes: 0,
    },
    wallTimeMs(),
  );
}

/** The day's answer (not an extra question's), if the day has one. */
export async function dayAnswer(services: Services, personKey: string, localDate: string): Promise<Answer | undefined> {
  return services.answers.dayAnswer(personKey, localDate);
}

/** True when the day has its answer or a question of it was put aside with "not today". */
export async function dayIsComplete(services: Services, personKey: string, localDate: string): Promise<boolean> {
  const [answer, deliveries] = await Promise.all([services.answers.dayAnswer(personKey, localDate), services.deliveries.listForDay(personKey, localDate)]);
  return answer !== undefined || deliveries.some((d) => !isExtraDelivery(d.id) && (d.skipped === true || (d.kind === 'prompt' && d.state === 'skipped')));
}

/** Today's question that reached the person and is still open (the latest), to show again instead of a new one. */
export function openQuestionOf(deliveries: readonly Delivery[]): Delivery | undefined {
  const open = deliveries.filter((d) => (d.kind === 'prompt' || d.kind === 'reflect') && d.state === 'sent' && d.promptId !== undefined);
  return open.sort((a, b) => (a.sentAt ?? a.claimedAt).localeCompare(b.sentAt ?? b.claimedAt)).at(-1);
}
