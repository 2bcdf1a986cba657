import type { CheckinDeps } from './checkins-deps';
import { z } from 'zod';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { findOpenCheckin, ownView } from './own-view';
import { checkinIdSchema } from './checkin-payloads';
import { invalidCheckinText } from './invalid-response';
import { resultsCard } from './checkin-views';
import { closeCheckin } from './close-checkin';
import { effectiveMinimum } from './checkin-minimums';

const closeSchema = z.object({ checkinId: checkinIdSchema, confirm: z.literal('true').optional() });

/**
 * `checkinClose`: only the starter closes (their starter key is the check-in's owner); anyone
 * else keeps their card with a polite note. Below the minimum the starter is asked first, and
 * offered to keep it open a day longer: a close then is for good and shows nothing.
 */
export const checkinCloseAction = defineAction({ verb: VERBS.checkinClose, scope: 'conversation', invalid: invalidCheckinText, schema: closeSchema, handle: closeCheckinFromCard });

async function closeCheckinFromCard(turn: Turn, data: z.infer<typeof closeSchema>, services: CheckinDeps): Promise<ActionReply> {
  const found = await findOpenCheckin(turn, data.checkinId, services);
  if (!found.open) return found.reply;
  const { checkin, actor } = found;
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  const s = checkinStrings[checkin.locale];
  if (!actor.isOwner(checkin)) {
    services.logger.info({ event: 'checkin.close.refused' }, 'close by someone other than the starter');
    return ownView(services, found, checkin.locale, { notice: s.card.notOwner });
  }
  if (data.confirm === undefined) {
    const need = effectiveMinimum(services.config, checkin) - (await services.checkins.responses.count(checkin.id));
    if (need > 0) return ownView(services, found, checkin.locale, { confirmNeed: need });
  }
  const outcome = await closeCheckin(services, checkin, 'starter', services.now());
  return resultsCard(services, outcome.checkin, checkin.locale, outcome.aggregate);
}
