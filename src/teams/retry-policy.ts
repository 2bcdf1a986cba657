/**
 * What to do after a proactive send failed. Pure: the caller passes the clock and the random
 * source, so every decision can be replayed in a test.
 */

type RetryDecision =
  | { kind: 'retry'; afterMs: number }
  | { kind: 'give-up'; reason: 'permanent' | 'attempts-exhausted' | 'retry-after-too-long' }
  /** The person blocked the bot or removed the app: stop sending to them, do not retry. */
  | { kind: 'blocked' };

export interface RetryPolicy {
  /** Attempts in total, the first send included. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** A longer Retry-After means the service is in trouble; better to try again next tick. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseMs: 250,
  capMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** 412 is what Teams returns while a new conversation is not ready yet; the rest are throttling or outages. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);

export interface FailedSend {
  /** HTTP status, or undefined when no response came back (timeout, connection reset). */
  status: number | undefined;
  /** Attempts made so far, the failed one included (1 after the first failure). */
  attempt: number;
  /** The raw Retry-After header, if any: delay in seconds or an HTTP date. */
  retryAfter?: string | undefined;
  /** Current time in ms since the epoch, to turn an HTTP-date Retry-After into a delay. */
  nowMs: number;
  /** Uniform in [0, 1), e.g. Math.random; injected for repeatable tests. */
  random: () => number;
}

/** Whether a send that failed with `status` may succeed when tried again; no response counts as transient. */
export function isTransient(status: number | undefined): boolean {
  return status === undefined || TRANSIENT_STATUSES.has(status);
}

/**
 * Exponential backoff with "equal jitter": half of the exponential delay is fixed, half random.
 * Full jitter can retry almost at once, which after a 429 mostly earns another 429.
 * `attempt` is 1 for the first retry.
 */
export function backoffMs(attempt: number, random: () => number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Milliseconds a Retry-After header asks us to wait: whole seconds or an HTTP date (a date in
 * the past means now). Undefined when the header is missing or not understood.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Date.parse also accepts bare numbers like "-3" as years; an HTTP date always names a month.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Decides whether and when to retry a failed send; 403 is its own outcome, other client errors are permanent. */
export function decideRetry(failure: FailedSend, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  if (failure.status === 403) return { kind: 'blocked' };
  if (!isTransient(failure.status)) return { kind: 'give-up', reason: 'permanent' };
  if (failure.attempt >= policy.maxAttempts) return { kind: 'give-up', reason: 'attempts-exhausted' };
  const requested = parseRetryAfter(failure.retryAfter, failure.nowMs);
  if (requested !== undefined && requested > policy.maxRetryAfterMs) {
    return { kind: 'give-up', reason: 'retry-after-too-long' };
  }
  // The server's word is a lower bound; our own backoff still spreads many retrying senders apart.
  const own = backoffMs(failure.attempt, failure.random, policy);
  return { kind: 'retry', afterMs: Math.max(requested ?? 0, own) };
}
