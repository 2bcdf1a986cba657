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
import { resultOf } from './close-checkin';

/**
 * `checkinRefresh` (the card's refresh action): the person's own view. After the shared card's
 * counter changes, this brings back their answer; it never shows anyone else's.
 */
export const checkinRefreshAction = defineAction({ verb: VERBS.checkinRefresh, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema, handle: refreshCheckin });

async function refreshCheckin(turn: Turn, ref: CheckinRef, services: Services): Promise<ActionReply> {
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.store.get(actor.conversationKey, ref.checkinId);
  if (!checkin) {
    const s = checkinStrings[turn.locale];
    return renderMessage(s.gone, s.heading);
  }
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  if (checkin.status === 'closed') return resultsCard(services, checkin, checkin.locale, resultOf(checkin));
  const count = await services.checkins.responses.count(checkin.id);
  const own = await services.checkins.responses.get(checkin.id, actor.responseKey(checkin.id));
  return openCheckinCard(services, checkin, checkin.locale, count, own ? { answer: own } : {});
}
