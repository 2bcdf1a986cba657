import type { CheckinDeps } from './checkins-deps';
import { followingOccurrence, topicOf, type CheckinSeries } from '../../domain/checkin-series';
import type { Checkin } from '../../domain/checkin';
import { errorSummary } from '../../log';
import { MAX_OCCURRENCE_ATTEMPTS, type DueSeries } from '../../store/checkin-series-repository';
import { newCheckinId } from '../../store/checkins-repository';
import { openCheckinCard } from './checkin-views';
import { rotationTopics, topicView } from './checkin-topic';

const HOUR_MS = 60 * 60 * 1000;
/** Claims of occurrences older than this are pruned when a series moves on (no tick runs this long). */
const KEEP_CLAIMS_MS = 24 * HOUR_MS;

/**
 * A scheduler tick's work for recurring check-ins (a TickHook): every series whose occurrence is
 * due gets it posted once, with claim before post (src/store/checkin-series-repository.ts), so
 * two or three instances ticking together post it once. Reads only the due list. An occurrence
 * missed by more than CATCHUP_WINDOW (downtime) is skipped, as a daily prompt would be. Returns
 * 0: a tick reports the check-ins it closed, and this closes none.
 */
export async function postDueCheckinSeries(services: CheckinDeps, now: Date): Promise<number> {
  for (const due of await services.checkins.series.dueUpTo(now)) {
    try {
      await runOccurrence(services, due, now);
    } catch (error) {
      services.logger.warn({ event: 'checkin.series.failed', err: errorSummary(error) }, 'posting a recurring check-in failed; the next tick retries');
    }
  }
  return 0;
}

async function runOccurrence(services: CheckinDeps, due: DueSeries, now: Date): Promise<void> {
  const store = services.checkins.series;
  const series = await store.get(due.conversationKey, due.id);
  // Stopped, or a due row left behind by a crash while the series moved on.
  if (!series || series.nextAt !== due.at) return store.unlistDue(due);
  if (now.getTime() - Date.parse(series.nextAt) > services.config.CATCHUP_WINDOW * 60_000) {
    services.logger.info({ event: 'checkin.series.skipped', reason: 'late' }, 'recurring check-in skipped after downtime');
    return moveOn(services, series, now);
  }
  const claim = await store.claimOccurrence(series.id, series.nextAt, services.runtime.instanceId, now, services.config.CLAIM_LEASE * 60_000);
  if (claim.kind === 'busy') return;
  if (claim.kind === 'done') return moveOn(services, series, now);
  const posted = await postOccurrence(services, series, now);
  if (posted === 'blocked') {
    // Positie was removed from the conversation: the series can never post again.
    services.logger.info({ event: 'checkin.series.stopped', reason: 'blocked' }, 'recurring check-in stopped: the conversation no longer reaches Positie');
    return store.delete(series);
  }
  await store.finishOccurrence(series.id, series.nextAt, posted === 'posted' ? 'posted' : 'failed');
  if (posted === 'posted' || claim.attempt >= MAX_OCCURRENCE_ATTEMPTS) await moveOn(services, series, now);
}

/** On to the first occurrence after `now` (skipping any missed), and the old claims go. */
async function moveOn(services: CheckinDeps, series: CheckinSeries, now: Date): Promise<void> {
  let nextAt = followingOccurrence(series, series.nextAt);
  let occurrence = series.occurrence + 1;
  while (nextAt.getTime() <= now.getTime()) {
    nextAt = followingOccurrence(series, nextAt.toISOString());
    occurrence += 1;
  }
  if (await services.checkins.series.advance(series, nextAt.toISOString(), occurrence)) {
    await services.checkins.series.pruneClaims(series.id, new Date(now.getTime() - KEEP_CLAIMS_MS).toISOString());
  }
}

/**
 * Posts one occurrence as an ordinary check-in owned by the series' owner. Its id follows from the
 * series and the occurrence, so a retry after a crash finds the check-in it already made.
 */
async function postOccurrence(services: CheckinDeps, series: CheckinSeries, now: Date): Promise<'posted' | 'failed' | 'blocked'> {
  const step = topicOf(series, rotationTopics(services.content), series.occurrence);
  const topic = topicView(services.content, { topicKind: step.kind, topicId: step.id }, series.locale) ? step : { kind: series.topicKind, id: series.topicId };
  const dueMs = now.getTime() + series.hours * HOUR_MS;
  let checkin: Checkin = {
    conversationKey: series.conversationKey,
    id: newCheckinId(Date.parse(series.nextAt), `series|${series.id}|${series.nextAt}`),
    topicKind: topic.kind,
    topicId: topic.id,
    lens: series.lens,
    minimum: series.minimum,
    notesAllowed: series.notesAllowed,
    locale: series.locale,
    owner: series.owner,
    seriesId: series.id,
    tenantId: series.tenantId,
    createdAt: now.toISOString(),
    dueAt: new Date(dueMs).toISOString(),
    expiresAt: new Date(dueMs + services.config.CHECKIN_RETENTION_DAYS * 24 * HOUR_MS).toISOString(),
    status: 'open',
    reference: series.reference,
  };
  const created = await services.checkins.checkins.create(checkin);
  if (!created) {
    const existing = await services.checkins.checkins.get(checkin.conversationKey, checkin.id);
    if (existing?.activityId || existing?.status === 'closed') return 'posted';
    if (existing) checkin = existing;
  }
  const sent = await services.proactive.send({ tenantId: checkin.tenantId, reference: checkin.reference }, openCheckinCard(services, checkin, checkin.locale, 0));
  if (!sent.ok) {
    await services.checkins.checkins.delete(checkin);
    return sent.reason === 'blocked' ? 'blocked' : 'failed';
  }
  if (sent.activityId) await services.checkins.checkins.setActivityId(checkin, sent.activityId);
  services.telemetry.checkin('opened');
  services.logger.info({ event: 'checkin.series.posted', topicKind: checkin.topicKind, rotate: series.rotate }, 'recurring check-in posted');
  return 'posted';
}
