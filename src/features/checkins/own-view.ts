import type { CheckinDeps } from './checkins-deps';
import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';
import type { Checkin } from '../../domain/checkin';
import type { Turn } from '../turn';
import { checkinActor, type CheckinActor } from './checkin-context';
import { openCheckinCard, resultsCard, type PersonalView } from './checkin-views';
import { resultOf } from './close-checkin';
import { shownCount } from './shown-count';

type FoundCheckin = { open: true; checkin: Checkin; actor: CheckinActor } | { open: false; reply: AdaptiveCard };
type OpenCheckin = Extract<FoundCheckin, { open: true }>;

/**
 * The check-in a card click refers to, looked up in this conversation only: an open one to act
 * on, or what to answer instead (it is gone, or closed: then its frozen results).
 */
export async function findOpenCheckin(turn: Turn, checkinId: string, services: CheckinDeps): Promise<FoundCheckin> {
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.checkins.get(actor.conversationKey, checkinId);
  if (!checkin) {
    const s = checkinStrings[turn.locale];
    return { open: false, reply: renderMessage(s.gone, s.heading) };
  }
  if (checkin.status === 'closed') return { open: false, reply: resultsCard(services, checkin, checkin.locale, resultOf(checkin)) };
  return { open: true, checkin, actor };
}

/**
 * One person's view of an open check-in: the shown count (the same every view shows), their own
 * answer if any, and a notice. The starter's view has no inputs and the close button instead.
 */
export async function ownView(services: CheckinDeps, found: OpenCheckin, locale: Locale, extra: Omit<PersonalView, 'answer' | 'starter'> = {}): Promise<AdaptiveCard> {
  const { checkin, actor } = found;
  const count = await shownCount(services, checkin);
  if (actor.isOwner(checkin)) return openCheckinCard(services, checkin, locale, count, { ...extra, starter: true });
  const own = await services.checkins.responses.get(checkin.id, actor.responseKey(checkin.id));
  return openCheckinCard(services, checkin, locale, count, { ...extra, ...(own ? { answer: own } : {}) });
}
