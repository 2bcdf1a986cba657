import type { CheckinDeps } from './checkins-deps';
import { createHash } from 'node:crypto';
import { renderCheckinStarted } from '../../cards/checkin-started-card';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';
import type { CheckinLens } from '../../domain/checkin';
import { firstOccurrence, type CheckinSeries } from '../../domain/checkin-series';
import type { Turn } from '../turn';
import { channelReference, type CheckinActor } from './checkin-context';
import type { TopicRef } from './checkin-topic';
import { describeSeries, MAX_SERIES_PER_CONVERSATION, seriesTopicLine, starterZone } from './series-views';

/** What the setup card asked for a series. */
interface SeriesRequest {
  everyWeeks: 1 | 2;
  weekday: number;
  time: string;
  rotate: boolean;
  lens: CheckinLens;
  hours: number;
  minimum: number;
  notesAllowed: boolean;
  locale: Locale;
  /** The setup card's token: the same card clicked twice agrees one series. */
  token: string;
}

/**
 * Agrees a recurring check-in: nothing is posted now; the scheduler posts each occurrence
 * (src/features/checkins/post-due-series.ts). Answers the starter with when, what, and a stop button.
 */
export async function startSeries(turn: Turn, services: CheckinDeps, actor: CheckinActor, topic: TopicRef, request: SeriesRequest): Promise<AdaptiveCard> {
  const s = checkinStrings[request.locale];
  const store = services.checkins.series;
  if ((await store.listIn(actor.conversationKey)).length >= MAX_SERIES_PER_CONVERSATION) return renderMessage(s.series.tooMany(MAX_SERIES_PER_CONVERSATION), s.heading);
  const now = services.now();
  const zone = await starterZone(turn, services);
  const id = createHash('sha256').update(`series|${request.token}`).digest('hex').slice(0, 20);
  const series: CheckinSeries = {
    conversationKey: actor.conversationKey,
    id,
    tenantId: turn.identity.tenantId,
    owner: actor.seriesOwnerKey(id),
    everyWeeks: request.everyWeeks,
    weekday: request.weekday,
    time: request.time,
    zone,
    ...topic,
    rotate: request.rotate,
    lens: request.lens,
    hours: request.hours,
    minimum: request.minimum,
    notesAllowed: request.notesAllowed,
    locale: request.locale,
    reference: channelReference(turn),
    createdAt: now.toISOString(),
    nextAt: firstOccurrence(request.weekday, request.time, zone, now).toISOString(),
    occurrence: 0,
  };
  if (!(await store.create(series))) return renderMessage(s.start.already, s.heading);
  services.logger.info({ event: 'checkin.series.started', everyWeeks: series.everyWeeks, rotate: series.rotate, hours: series.hours, minimum: series.minimum }, 'recurring check-in agreed');
  return renderCheckinStarted({ heading: s.heading, text: s.series.scheduled(describeSeries(series, request.locale)), detail: seriesTopicLine(services, series, request.locale), seriesId: id, stopLabel: s.series.stop });
}
