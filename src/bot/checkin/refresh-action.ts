import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { cardResponse } from '../card-reply';
import type { ActionHandler } from '../turn';
import { checkinActor } from './checkin-context';
import { checkinRefSchema } from './checkin-payloads';
import { openCheckinCard, resultsCard } from './checkin-views';
import { resultOf } from './close-checkin';
import { invalidCheckinResponse } from './invalid-response';

/**
 * `checkinRefresh` (the card's refresh action): the person's own view. After the shared card's
 * counter changes, this brings back their answer; it never shows anyone else's.
 */
export const checkinRefreshAction: ActionHandler = async (turn, data, services) => {
  const ref = checkinRefSchema.safeParse(data);
  if (!ref.success) return invalidCheckinResponse(turn.locale);
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.store.get(actor.conversationKey, ref.data.checkinId);
  if (!checkin) {
    const s = checkinStrings[turn.locale];
    return cardResponse(renderMessage(s.gone, s.heading));
  }
  if (checkin.status === 'closed') return cardResponse(resultsCard(services, checkin, turn.locale, resultOf(checkin)));
  const count = await services.checkins.responses.count(checkin.id);
  const own = await services.checkins.responses.get(checkin.id, actor.responseKey(checkin.id));
  return cardResponse(openCheckinCard(services, checkin, turn.locale, count, own ? { answer: own } : {}));
};
