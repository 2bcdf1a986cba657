import type { AdaptiveCard } from '../cards/template-cache';
import type { ConversationRef } from '../domain/conversation-ref';

/** A conversation to post into, and the tenant whose rate limit the post counts against. */
export interface SendTarget {
  tenantId: string;
  reference: ConversationRef;
}

export type SendResult =
  | { ok: true; activityId?: string }
  | { ok: false; reason: 'blocked' | 'failed'; status?: number };

/**
 * How features speak first (prompts, summaries, check-in cards and their updates). The Teams
 * edge implements it with the Bot Connector and Teams' rate limits (src/teams/proactive-sender.ts).
 */
export interface Messenger {
  send(target: SendTarget, card: AdaptiveCard): Promise<SendResult>;
  update(target: SendTarget, activityId: string, card: AdaptiveCard): Promise<SendResult>;
}
