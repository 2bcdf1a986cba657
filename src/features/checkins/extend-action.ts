import type { CheckinDeps } from './checkins-deps';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { findOpenCheckin, ownView } from './own-view';
import { checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { invalidCheckinText } from './invalid-response';
import { formatMoment } from './checkin-views';
import { updateSharedCounter } from './close-checkin';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A check-in is open for two weeks at most, however often it is extended: a team's moment passes. */
const MAX_OPEN_MS = 14 * DAY_MS;

/**
 * `checkinExtend` (offered when the starter closes below the minimum): one more day from the
 * current deadline. Only the starter; the shared card shows the new closing time.
 */
export const checkinExtendAction = defineAction({ verb: VERBS.checkinExtend, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema, handle: extendCheckin });

async function extendCheckin(turn: Turn, ref: CheckinRef, services: CheckinDeps): Promise<ActionReply> {
  const found = await findOpenCheckin(turn, ref.checkinId, services);
  if (!found.open) return found.reply;
  const { checkin, actor } = found;
  const s = checkinStrings[checkin.locale];
  if (!actor.isOwner(checkin)) return ownView(services, found, checkin.locale, { notice: s.card.notOwner });
  const dueMs = Math.max(Date.parse(checkin.dueAt), services.now().getTime()) + DAY_MS;
  if (dueMs - Date.parse(checkin.createdAt) > MAX_OPEN_MS) return ownView(services, found, checkin.locale, { notice: s.card.extendLimit });
  const dueAt = new Date(dueMs).toISOString();
  const expiresAt = new Date(dueMs + services.config.CHECKIN_RETENTION_DAYS * DAY_MS).toISOString();
  if (!(await services.checkins.checkins.extend(checkin, dueAt, expiresAt))) {
    // Changed meanwhile (the counter moved, or a second click): take it from the top, once.
    const again = await findOpenCheckin(turn, ref.checkinId, services);
    if (!again.open) return again.reply;
    if (again.checkin.dueAt !== checkin.dueAt || !(await services.checkins.checkins.extend(again.checkin, dueAt, expiresAt))) {
      return ownView(services, again, checkin.locale, { notice: s.card.extended(formatMoment(again.checkin.dueAt, checkin.locale, services.config.DEFAULT_TIME_ZONE)) });
    }
  }
  services.logger.info({ event: 'checkin.extended' }, 'check-in kept open a day longer');
  const extended = { ...found, checkin: (await services.checkins.checkins.get(checkin.conversationKey, checkin.id)) ?? { ...checkin, dueAt, expiresAt } };
  services.checkins.counters.touch(checkin.id, () => updateSharedCounter(services, checkin.conversationKey, checkin.id));
  return ownView(services, extended, checkin.locale, { notice: s.card.extended(formatMoment(dueAt, checkin.locale, services.config.DEFAULT_TIME_ZONE)) });
}
