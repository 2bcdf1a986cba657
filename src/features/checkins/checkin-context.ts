import type { ConversationRef } from '../../domain/conversation-ref';
import type { Checkin } from '../../domain/checkin';
import { responseKeyOf, seriesOwnerKeyOf, starterKeyOf, startSubjectOf } from '../../domain/pseudonym';
import { checkinConversationKey } from '../../store/checkins-repository';
import type { Services } from '../services';
import type { Turn } from '../turn';

/** Where a check-in turn happens and who acts, as the check-in tables know them (no ids, no names). */
export interface CheckinActor {
  conversationKey: string;
  /** Who a start token names (never stored). */
  startSubject: string;
  /** The actor's answer key in one check-in (src/domain/pseudonym.ts). */
  responseKey(checkinId: string): string;
  /** The actor's starter key in one check-in, compared with the check-in's owner. */
  starterKey(checkinId: string): string;
  /** The actor's owner key of one recurring series. */
  seriesOwnerKey(seriesId: string): string;
  /** Whether the actor started this check-in (or set up the series that posted it). */
  isOwner(checkin: Pick<Checkin, 'id' | 'owner' | 'seriesId'>): boolean;
}

export function checkinActor(turn: Turn, services: Pick<Services, 'checkins'>): CheckinActor {
  const { tenantId, aadObjectId } = turn.identity;
  const secret = services.checkins.secret;
  const starterKey = (checkinId: string): string => starterKeyOf(secret, tenantId, checkinId, aadObjectId);
  const seriesOwnerKey = (seriesId: string): string => seriesOwnerKeyOf(secret, tenantId, seriesId, aadObjectId);
  return {
    conversationKey: checkinConversationKey(tenantId, turn.conversation.conversation.id),
    startSubject: startSubjectOf(secret, tenantId, aadObjectId),
    responseKey: (checkinId) => responseKeyOf(secret, tenantId, checkinId, aadObjectId),
    starterKey,
    seriesOwnerKey,
    isOwner: (checkin) => checkin.owner === (checkin.seriesId ? seriesOwnerKey(checkin.seriesId) : starterKey(checkin.id)),
  };
}

/**
 * The reference of the channel or group chat, for posting and updating the shared card later.
 * The turn's conversation already leaves out the member who happened to act.
 */
export function channelReference(turn: Turn): ConversationRef {
  return turn.conversation;
}
