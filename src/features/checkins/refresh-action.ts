import type { CheckinDeps } from './checkins-deps';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { findOpenCheckin, ownView } from './own-view';
import { checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { invalidCheckinText } from './invalid-response';

/**
 * `checkinRefresh` (the card's refresh action, run by Teams when someone looks at the card): the
 * person's own view, with the same count the shared card shows. It brings back their answer, or
 * for the starter the close button; it never shows anyone else's.
 */
export const checkinRefreshAction = defineAction({ verb: VERBS.checkinRefresh, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema, handle: refreshCheckin });

async function refreshCheckin(turn: Turn, ref: CheckinRef, services: CheckinDeps): Promise<ActionReply> {
  const found = await findOpenCheckin(turn, ref.checkinId, services);
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  return found.open ? ownView(services, found, found.checkin.locale) : found.reply;
}
