import { aggregateCheckin, type CheckinAggregate } from '../../domain/checkin-aggregation';
import { frozenResultOf, serializeResult } from '../../domain/checkin-result';
import type { Checkin } from '../../domain/checkin';
import type { Services } from '../services';
import { roleItems, topicView } from './checkin-topic';
import { openCheckinCard, resultsCard } from './checkin-views';

/**
 * Aggregates a check-in's answers on the server; the minimum is applied here, whatever asked.
 * Called once, at closing: afterwards the stored result is what everyone sees (resultOf).
 */
async function aggregateOf(services: Services, checkin: Checkin): Promise<CheckinAggregate> {
  const responses = await services.checkins.responses.list(checkin.id);
  const topic = topicView(services.content, checkin, checkin.locale);
  return aggregateCheckin({
    responses,
    minimum: Math.max(checkin.minimum, services.config.CHECKIN_MIN_RESPONSES),
    choices: topic?.choices.map((c) => c.value) ?? [],
    roles: roleItems(services.content, checkin.lens, checkin.locale).map((r) => r.value),
    notesAllowed: checkin.notesAllowed,
    seed: checkin.id,
  });
}

/** The result of a closed check-in as frozen at its close; answer rows are not read. */
export function resultOf(checkin: Checkin): CheckinAggregate {
  return frozenResultOf(checkin.result, checkin.count);
}

export interface CloseOutcome {
  checkin: Checkin;
  aggregate: CheckinAggregate;
  /** False when another close (the starter, the tick, another instance) got there first. */
  closedNow: boolean;
}

/**
 * Closes a check-in once: marks it closed (optimistic, by etag), replaces the shared card with
 * the results and only then takes it off the open list, so a crash in between is repaired by
 * the next tick (which posts the results again).
 */
export async function closeCheckin(services: Services, checkin: Checkin, closedBy: 'starter' | 'deadline', now: Date): Promise<CloseOutcome> {
  await services.checkins.counters.settle(checkin.id);
  const aggregate = await aggregateOf(services, checkin);
  const changes = {
    closedAt: now.toISOString(),
    closedBy,
    count: aggregate.count,
    result: serializeResult(aggregate),
  };
  const won = await services.checkins.store.markClosed(checkin, changes);
  if (!won) {
    // Another close froze the result first: show that one, so every view agrees.
    const current = await services.checkins.store.get(checkin.conversationKey, checkin.id);
    return { checkin: current ?? checkin, aggregate: current?.status === 'closed' ? resultOf(current) : aggregate, closedNow: false };
  }
  const closed: Checkin = { ...checkin, ...changes, status: 'closed' };
  await postResults(services, closed, aggregate);
  services.telemetry.checkin('closed');
  services.logger.info({ event: 'checkin.closed', closedBy, count: aggregate.count, tooFew: aggregate.tooFew }, 'check-in closed');
  return { checkin: closed, aggregate, closedNow: true };
}

/** Replaces the shared card with the results (or posts them when the card id is unknown), then unlists it. */
export async function postResults(services: Services, checkin: Checkin, aggregate: CheckinAggregate): Promise<void> {
  const card = resultsCard(services, checkin, checkin.locale, aggregate);
  const target = { tenantId: checkin.tenantId, reference: checkin.reference };
  const sent = checkin.activityId ? await services.proactive.update(target, checkin.activityId, card) : await services.proactive.send(target, card);
  if (!sent.ok) services.logger.warn({ event: 'checkin.results.failed', reason: sent.reason }, 'could not post check-in results');
  await services.checkins.store.removeFromOpen(checkin);
}

/** Brings the shared card's counter up to date; called through the coalescer, never per answer. */
export async function updateSharedCounter(services: Services, conversationKey: string, checkinId: string): Promise<void> {
  const checkin = await services.checkins.store.get(conversationKey, checkinId);
  if (!checkin?.activityId || checkin.status !== 'open') return;
  const count = await services.checkins.responses.count(checkin.id);
  const card = openCheckinCard(services, checkin, checkin.locale, count);
  await services.proactive.update({ tenantId: checkin.tenantId, reference: checkin.reference }, checkin.activityId, card);
}
