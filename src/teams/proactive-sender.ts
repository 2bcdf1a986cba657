import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConversationRef } from '../domain/conversation-ref';
import type { Messenger, SendResult, SendTarget } from '../features/messenger';
import type { Telemetry } from '../features/telemetry';
import type { Logger } from '../log';
import { errorSummary } from '../log';
import { withoutSdkRetries } from './connector-retries';
import { SendRateLimiter } from './rate-limiter';
import { decideRetry, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
import { wallTimeMs } from '../clock';

/** How far ahead a send books its slot (see SendRateLimiter.book). */
const BOOK_AHEAD_MS = 200;

export type { SendResult, SendTarget };

/** The one way Positie speaks first: prompts, summaries, check-in cards and their updates. */
interface ProactiveSender extends Messenger {
  /** Keep to this instance's share of the tenant rate (see SendRateLimiter.shareAmong). */
  shareAmong(sending: number, rank: number, resting: number): void;
}

interface SenderOptions {
  adapter: CloudAdapter;
  /** Bot app id ('' in local mode). */
  appId: string;
  tenantRps: number;
  logger: Logger;
  telemetry: Pick<Telemetry, 'throttled' | 'retried'>;
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Keeps to Teams' limits (per tenant and per conversation), retries what Teams asks to retry
 * with jittered backoff and honours Retry-After; 403 means the person removed or blocked the bot.
 */
export function createProactiveSender(options: SenderOptions): ProactiveSender {
  const limiter = new SendRateLimiter({ tenantRps: options.tenantRps, now: () => wallTimeMs() });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;

  /** A slot at most BOOK_AHEAD_MS away; until then, wait without holding one. */
  async function bookSlot(tenantId: string, conversationId: string): Promise<{ waitMs: number; at: number }> {
    for (;;) {
      const booking = limiter.book(tenantId, conversationId, BOOK_AHEAD_MS);
      if (booking.at !== undefined) return { waitMs: booking.waitMs, at: booking.at };
      await sleep(booking.waitMs);
    }
  }

  async function attempt(target: SendTarget, op: (ref: Partial<ConversationReference>) => Promise<string | undefined>): Promise<SendResult> {
    const conversationId = target.reference.conversation?.id ?? '';
    for (let attemptNo = 1; ; attemptNo += 1) {
      const booking = await bookSlot(target.tenantId, conversationId);
      if (booking.waitMs > 0) await sleep(booking.waitMs);
      try {
        const activityId = await op(sdkReference(target.reference));
        return { ok: true, ...(activityId ? { activityId } : {}) };
      } catch (error) {
        const status = statusOf(error);
        if (status === 429) options.telemetry.throttled();
        if (status !== undefined && wasRefused(status)) limiter.release(target.tenantId, booking.at);
        const decision = decideRetry({ status, attempt: attemptNo, retryAfter: retryAfterOf(error), nowMs: wallTimeMs(), random: Math.random }, policy);
        if (decision.kind === 'retry') {
          if (status === 429) limiter.onThrottled(target.tenantId, conversationId, decision.afterMs);
          options.telemetry.retried(status);
          await sleep(decision.afterMs);
          continue;
        }
        options.logger.warn({ event: 'send.failed', status, attempts: attemptNo, err: errorSummary(error) }, 'proactive send failed');
        return { ok: false, reason: decision.kind === 'blocked' ? 'blocked' : 'failed', ...(status ? { status } : {}) };
      }
    }
  }

  /** The adapter's onTurnError would swallow send errors; they are caught here and rethrown. */
  async function run(reference: Partial<ConversationReference>, logic: (ctx: import('botbuilder').TurnContext) => Promise<string | undefined>): Promise<string | undefined> {
    let result: string | undefined;
    let failure: unknown;
    await options.adapter.continueConversationAsync(options.appId, reference, async (ctx) => {
      try {
        withoutSdkRetries(ctx);
        result = await logic(ctx);
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    return result;
  }

  return {
    shareAmong: (sending, rank, resting) => limiter.shareAmong(sending, rank, resting),
    send: (target, card) =>
      attempt(target, (ref) => run(ref, async (ctx) => (await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))?.id)),
    update: (target, activityId, card) =>
      attempt(target, (ref) =>
        run(ref, async (ctx) => {
          const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
          activity.id = activityId;
          await ctx.updateActivity(activity);
          return activityId;
        }),
      ),
  };
}

/** Teams answered without delivering: throttled, not ready, or unavailable. No answer at all may still have been delivered. */
function wasRefused(status: number): boolean {
  return status === 412 || status === 429 || status >= 500;
}

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; response?: { status?: unknown } } | undefined;
  if (typeof e?.statusCode === 'number') return e.statusCode;
  if (typeof e?.response?.status === 'number') return e.response.status;
  return undefined;
}

function retryAfterOf(error: unknown): string | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => unknown } } } | undefined)?.response?.headers;
  const value = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The stored plain reference as the SDK's type. It was taken from an activity of the SDK (the
 * edge stores what Teams sent); only the SDK's declared types are stricter (names required).
 */
function sdkReference(ref: ConversationRef): Partial<ConversationReference> {
  return ref as Partial<ConversationReference>;
}
