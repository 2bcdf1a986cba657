import type { ConversationRef } from '../../domain/conversation-ref';
import { responseKeyOf, starterKeyOf, startSubjectOf } from '../../domain/pseudonym';
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
}

export function checkinActor(turn: Turn, services: Services): CheckinActor {
  const { tenantId, aadObjectId } = turn.identity;
  const secret = services.checkins.secret;
  return {
    conversationKey: checkinConversationKey(tenantId, turn.conversation.conversation.id),
    startSubject: startSubjectOf(secret, tenantId, aadObjectId),
    responseKey: (checkinId) => responseKeyOf(secret, tenantId, checkinId, aadObjectId),
    starterKey: (checkinId) => starterKeyOf(secret, tenantId, checkinId, aadObjectId),
  };
}

/**
 * The reference of the channel or group chat, for posting and updating the shared card later.
 * The turn's conversation already leaves out the member who happened to act.
 */
export function channelReference(turn: Turn): ConversationRef {
  return turn.conversation;
}
