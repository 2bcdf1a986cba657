import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { checkinActor } from './checkin-context';
import { checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { invalidCheckinText } from './invalid-response';
import { openCheckinCard, resultsCard } from './checkin-views';
import { resultOf, closeCheckin } from './close-checkin';

/**
 * `checkinClose`: only the starter closes (their starter key is the check-in's owner); anyone
 * else keeps their card with a polite note. Closing answers with the results.
 */
export const checkinCloseAction = defineAction({ verb: VERBS.checkinClose, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema, handle: closeCheckinFromCard });

async function closeCheckinFromCard(turn: Turn, ref: CheckinRef, services: Services): Promise<ActionReply> {
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.store.get(actor.conversationKey, ref.checkinId);
  if (!checkin) return renderMessage(checkinStrings[turn.locale].gone, checkinStrings[turn.locale].heading);
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  const s = checkinStrings[checkin.locale];
  if (checkin.status === 'closed') return resultsCard(services, checkin, checkin.locale, resultOf(checkin));
  if (checkin.owner !== actor.starterKey(checkin.id)) {
    services.logger.info({ event: 'checkin.close.refused' }, 'close by someone other than the starter');
    const count = await services.checkins.responses.count(checkin.id);
    const own = await services.checkins.responses.get(checkin.id, actor.responseKey(checkin.id));
    return openCheckinCard(services, checkin, checkin.locale, count, { ...(own ? { answer: own } : {}), notice: s.card.notOwner });
  }
  const outcome = await closeCheckin(services, checkin, 'starter', services.now());
  return resultsCard(services, outcome.checkin, checkin.locale, outcome.aggregate);
}
