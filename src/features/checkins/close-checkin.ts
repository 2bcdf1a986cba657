import type { CheckinDeps } from './checkins-deps';
import { aggregateCheckin, type CheckinAggregate } from '../../domain/checkin-aggregation';
import { frozenResultOf, serializeResult } from '../../domain/checkin-result';
import type { Checkin } from '../../domain/checkin';
import { roleItems, topicView } from './checkin-topic';
import { openCheckinCard, resultsCard } from './checkin-views';
import { effectiveMinimum, notesMinimum } from './checkin-minimums';
import { countIsBehind, shownCount } from './shown-count';

/** A close that meets a counter update (which changes the row) reads the row again, a few times at most. */
const MAX_CLOSE_TRIES = 5;

/**
 * Aggregates a check-in's answers on the server; the thresholds are applied here, whatever
 * asked: the check-in's own minimum or the configured one, whichever is higher now.
 * Called once, at closing: afterwards the stored result is what everyone sees (resultOf).
 */
async function aggregateOf(services: CheckinDeps, checkin: Checkin): Promise<CheckinAggregate> {
  const responses = await services.checkins.responses.list(checkin.id);
  const topic = topicView(services.content, checkin, checkin.locale);
  return aggregateCheckin({
    responses,
    minimum: effectiveMinimum(services.config, checkin),
    notesMinimum: notesMinimum(services.config, checkin),
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

interface CloseOutcome {
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
export async function closeCheckin(services: CheckinDeps, checkin: Checkin, closedBy: 'starter' | 'deadline', now: Date): Promise<CloseOutcome> {
  await services.checkins.counters.settle(checkin.id);
  let current = checkin;
  for (let tries = 1; ; tries += 1) {
    const aggregate = await aggregateOf(services, current);
    const changes = { closedAt: now.toISOString(), closedBy, count: aggregate.count, result: serializeResult(aggregate) };
    if (await services.checkins.checkins.markClosed(current, changes)) {
      const closed: Checkin = { ...current, ...changes, status: 'closed' };
      await postResults(services, closed, aggregate);
      services.telemetry.checkin('closed');
      services.logger.info({ event: 'checkin.closed', closedBy, count: aggregate.count, tooFew: aggregate.tooFew }, 'check-in closed');
      return { checkin: closed, aggregate, closedNow: true };
    }
    const fresh = await services.checkins.checkins.get(checkin.conversationKey, checkin.id);
    // Another close froze the result first: show that one, so every view agrees.
    if (!fresh || fresh.status === 'closed' || tries >= MAX_CLOSE_TRIES) {
      return { checkin: fresh ?? current, aggregate: fresh?.status === 'closed' ? resultOf(fresh) : aggregate, closedNow: false };
    }
    // Still open: the counter (or an extension) changed the row meanwhile. Close what is there now.
    current = fresh;
  }
}

/** Replaces the shared card with the results (or posts them when the card id is unknown), then unlists it. */
export async function postResults(services: CheckinDeps, checkin: Checkin, aggregate: CheckinAggregate): Promise<void> {
  const card = resultsCard(services, checkin, checkin.locale, aggregate);
  const target = { tenantId: checkin.tenantId, reference: checkin.reference };
  const sent = checkin.activityId ? await services.proactive.update(target, checkin.activityId, card) : await services.proactive.send(target, card);
  if (!sent.ok) services.logger.warn({ event: 'checkin.results.failed', reason: sent.reason }, 'could not post check-in results');
  await services.checkins.checkins.removeFromOpen(checkin);
}

/**
 * Brings the shared card's counter up to date; called through the coalescer, never per answer.
 * When the shown count could not take in every answer yet (it moved less than a window ago),
 * it asks the coalescer for one more update after the window.
 */
export async function updateSharedCounter(services: CheckinDeps, conversationKey: string, checkinId: string): Promise<void> {
  const checkin = await services.checkins.checkins.get(conversationKey, checkinId);
  if (!checkin?.activityId || checkin.status !== 'open') return;
  const count = await shownCount(services, checkin);
  const card = openCheckinCard(services, checkin, checkin.locale, count);
  await services.proactive.update({ tenantId: checkin.tenantId, reference: checkin.reference }, checkin.activityId, card);
  if (await countIsBehind(services, checkinId, count)) services.checkins.counters.touch(checkinId, () => updateSharedCounter(services, conversationKey, checkinId));
}
