import type { ConversationReference } from 'botbuilder';
import { pseudonymOf } from '../../domain/pseudonym';
import { checkinConversationKey } from '../../store/checkins-repository';
import type { BotServices } from '../services';
import type { Turn } from '../turn';

/** Where a check-in turn happens and who acts, as the check-in tables know them (no ids, no names). */
export interface CheckinActor {
  conversationKey: string;
  /** Pseudonym of the person acting (src/domain/pseudonym.ts). */
  pseudonym: string;
}

export function checkinActor(turn: Turn, services: BotServices): CheckinActor {
  const { tenantId, aadObjectId } = turn.identity;
  return {
    conversationKey: checkinConversationKey(tenantId, turn.context.activity.conversation.id),
    pseudonym: pseudonymOf(services.checkins.secret, tenantId, aadObjectId),
  };
}

/**
 * The reference of the channel or group chat, for posting and updating the shared card later.
 * It keeps the conversation and the bot and drops the member who happened to act (`user`).
 */
export function channelReference(turn: Turn): Partial<ConversationReference> {
  const activity = turn.context.activity;
  const { id, conversationType, tenantId, isGroup } = activity.conversation;
  return {
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId,
    conversation: { id, conversationType, tenantId, isGroup, name: '' },
    bot: { id: activity.recipient.id, name: activity.recipient.name },
  };
}
