import type { ConversationReference } from 'botbuilder';
import { responseKeyOf, starterKeyOf, startSubjectOf } from '../../domain/pseudonym';
import { checkinConversationKey } from '../../store/checkins-repository';
import type { BotServices } from '../services';
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

export function checkinActor(turn: Turn, services: BotServices): CheckinActor {
  const { tenantId, aadObjectId } = turn.identity;
  const secret = services.checkins.secret;
  return {
    conversationKey: checkinConversationKey(tenantId, turn.context.activity.conversation.id),
    startSubject: startSubjectOf(secret, tenantId, aadObjectId),
    responseKey: (checkinId) => responseKeyOf(secret, tenantId, checkinId, aadObjectId),
    starterKey: (checkinId) => starterKeyOf(secret, tenantId, checkinId, aadObjectId),
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
