import type { CheckinDeps } from './checkins-deps';
import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { checkinActor } from './checkin-context';
import { invalidCheckinText } from './invalid-response';

const seriesIdSchema = z.string().regex(/^[0-9a-f]{20}$/);

/**
 * `checkinSeriesStop`: whoever set up the series stops it (their key for it is its owner); anyone
 * else is told so and nothing changes. Check-ins already posted run their course.
 */
export const checkinSeriesStopAction = defineAction({ verb: VERBS.checkinSeriesStop, scope: 'conversation', invalid: invalidCheckinText, schema: z.object({ seriesId: seriesIdSchema }), handle: stopSeries });

async function stopSeries(turn: Turn, { seriesId }: { seriesId: string }, services: CheckinDeps): Promise<ActionReply> {
  const actor = checkinActor(turn, services);
  const series = await services.checkins.series.get(actor.conversationKey, seriesId);
  const s = checkinStrings[series?.locale ?? turn.locale];
  if (!series) return renderMessage(s.series.gone, s.heading);
  if (series.owner !== actor.seriesOwnerKey(series.id)) {
    services.logger.info({ event: 'checkin.series.stop_refused' }, 'stop by someone other than the owner');
    return renderMessage(s.series.notOwner, s.heading);
  }
  await services.checkins.series.delete(series);
  services.logger.info({ event: 'checkin.series.stopped' }, 'recurring check-in stopped');
  return renderMessage(s.series.stopped, s.heading);
}
