import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { cardResponse } from '../card-reply';
import type { ActionHandler } from '../turn';
import { checkinActor } from './checkin-context';
import { checkinRefSchema } from './checkin-payloads';
import { openCheckinCard, resultsCard } from './checkin-views';
import { resultOf, closeCheckin } from './close-checkin';
import { invalidCheckinResponse } from './invalid-response';

/**
 * `checkinClose`: only the starter closes (their starter key is the check-in's owner); anyone
 * else keeps their card with a polite note. Closing answers with the results.
 */
export const checkinCloseAction: ActionHandler = async (turn, data, services) => {
  const s = checkinStrings[turn.locale];
  const ref = checkinRefSchema.safeParse(data);
  if (!ref.success) return invalidCheckinResponse(turn.locale);
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.store.get(actor.conversationKey, ref.data.checkinId);
  if (!checkin) return cardResponse(renderMessage(s.gone, s.heading));
  if (checkin.status === 'closed') return cardResponse(resultsCard(services, checkin, turn.locale, resultOf(checkin)));
  if (checkin.owner !== actor.starterKey(checkin.id)) {
    services.logger.info({ event: 'checkin.close.refused' }, 'close by someone other than the starter');
    const count = await services.checkins.responses.count(checkin.id);
    const own = await services.checkins.responses.get(checkin.id, actor.responseKey(checkin.id));
    return cardResponse(openCheckinCard(services, checkin, turn.locale, count, { ...(own ? { answer: own } : {}), notice: s.card.notOwner }));
  }
  const outcome = await closeCheckin(services, checkin, 'starter', services.now());
  return cardResponse(resultsCard(services, outcome.checkin, turn.locale, outcome.aggregate));
};
