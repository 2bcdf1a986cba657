import type { ConversationRef } from '../../domain/conversation-ref';
import { pseudonymOf } from '../../domain/pseudonym';
import { checkinConversationKey } from '../../store/checkins-repository';
import type { Services } from '../services';
import type { Turn } from '../turn';

/** Where a check-in turn happens and who acts, as the check-in tables know them (no ids, no names). */
export interface CheckinActor {
  conversationKey: string;
  /** Pseudonym of the person acting (src/domain/pseudonym.ts). */
  pseudonym: string;
}

export function checkinActor(turn: Turn, services: Services): CheckinActor {
  const { tenantId, aadObjectId } = turn.identity;
  return {
    conversationKey: checkinConversationKey(tenantId, turn.conversation.conversation.id),
    pseudonym: pseudonymOf(services.checkins.secret, tenantId, aadObjectId),
  };
}

/**
 * The reference of the channel or group chat, for posting and updating the shared card later.
 * The turn's conversation already leaves out the member who happened to act.
 */
export function channelReference(turn: Turn): ConversationRef {
  return turn.conversation;
}
