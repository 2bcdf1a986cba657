/**
 * Where Positie can speak to someone later: a personal chat, a channel or a group chat. The
 * Teams edge fills it from the activity and turns it back into the SDK's reference when it
 * sends; everything else keeps it as this plain record.
 */
export interface ConversationRef {
  serviceUrl?: string;
  channelId?: string;
  conversation?: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
}
