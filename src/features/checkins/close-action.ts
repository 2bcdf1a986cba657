import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { findOpenCheckin, ownView } from './own-view';
import { checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { invalidCheckinText } from './invalid-response';
import { resultsCard } from './checkin-views';
import { closeCheckin } from './close-checkin';

/**
 * `checkinClose`: only the starter closes (their starter key is the check-in's owner); anyone
 * else keeps their card with a polite note. Closing answers with the results.
 */
export const checkinCloseAction = defineAction({ verb: VERBS.checkinClose, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema, handle: closeCheckinFromCard });

async function closeCheckinFromCard(turn: Turn, ref: CheckinRef, services: Services): Promise<ActionReply> {
  const found = await findOpenCheckin(turn, ref.checkinId, services);
  if (!found.open) return found.reply;
  const { checkin, actor } = found;
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  const s = checkinStrings[checkin.locale];
  if (checkin.owner !== actor.starterKey(checkin.id)) {
    services.logger.info({ event: 'checkin.close.refused' }, 'close by someone other than the starter');
    return ownView(services, found, checkin.locale, s.card.notOwner);
  }
  const outcome = await closeCheckin(services, checkin, 'starter', services.now());
  return resultsCard(services, outcome.checkin, checkin.locale, outcome.aggregate);
}
