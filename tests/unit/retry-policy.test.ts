import { backoffMs, decideRetry, isTransient, parseRetryAfter } from '../../src/teams/retry-policy';
import type { FailedSend, RetryPolicy } from '../../src/teams/retry-policy';

const NOW = Date.parse('2026-06-08T14:00:00Z');
const patient: RetryPolicy = { maxAttempts: 9, baseMs: 250, capMs: 8000, maxRetryAfterMs: 60_000 };
const failure = (overrides: Partial<FailedSend>): FailedSend => ({
  status: 503,
  attempt: 1,
  nowMs: NOW,
  random: () => 0.5,
  ...overrides,
});

describe('which failures are retried', () => {
  it.each([412, 429, 502, 503, 504])('when a send fails with %i, then it is retried', (status) => {
    expect(decideRetry(failure({ status })).kind).toBe('retry');
  });

  it('when no response came back, then the send is retried', () => {
    expect(isTransient(undefined)).toBe(true);
    expect(decideRetry(failure({ status: undefined })).kind).toBe('retry');
  });

  it('when the bot is blocked or removed (403), then the outcome is blocked, not a retry', () => {
    expect(decideRetry(failure({ status: 403 }))).toEqual({ kind: 'blocked' });
  });

  it.each([400, 401, 404, 413, 500])('when a send fails with %i, then it is a permanent failure', (status) => {
    expect(decideRetry(failure({ status }))).toEqual({ kind: 'give-up', reason: 'permanent' });
  });

  it('when the fifth attempt fails, then the sender gives up', () => {
    expect(decideRetry(failure({ attempt: 4 })).kind).toBe('retry');
    expect(decideRetry(failure({ attempt: 5 }))).toEqual({ kind: 'give-up', reason: 'attempts-exhausted' });
  });

  it('when fewer attempts are configured, then the sender gives up sooner', () => {
    expect(decideRetry(failure({ attempt: 2 }), { ...patient, maxAttempts: 2 }).kind).toBe('give-up');
  });
});

describe('backoff', () => {
  it('when attempts go up, then the delay doubles from 250 ms and stops at 8 s', () => {
    const highest = (attempt: number): number => backoffMs(attempt, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(highest)).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('when jitter is drawn, then the delay lies between half and all of the exponential step', () => {
    expect(backoffMs(3, () => 0)).toBe(500);
    expect(backoffMs(3, () => 0.5)).toBe(750);
    expect(backoffMs(3, () => 0.999)).toBeLessThanOrEqual(1000);
  });
});

describe('Retry-After', () => {
  it('when Retry-After is in seconds, then it is read as milliseconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('when Retry-After is an HTTP date, then the wait is until that date, never negative', () => {
    expect(parseRetryAfter('Mon, 08 Jun 2026 14:00:05 GMT', NOW)).toBe(5000);
    expect(parseRetryAfter('Mon, 08 Jun 2026 13:00:00 GMT', NOW)).toBe(0);
  });

  it('when Retry-After is missing or nonsense, then there is no server delay', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-3', NOW)).toBeUndefined();
  });

  it('when a 429 asks for longer than our backoff, then the retry waits as long as asked', () => {
    expect(decideRetry(failure({ status: 429, retryAfter: '5' }))).toEqual({ kind: 'retry', afterMs: 5000 });
  });

  it('when Retry-After is shorter than our backoff, then the backoff still applies', () => {
    const decision = decideRetry(failure({ status: 429, attempt: 5, retryAfter: '1' }), patient);
    expect(decision).toEqual({ kind: 'retry', afterMs: 3000 });
  });

  it('when the response has no Retry-After, then the jittered backoff is used', () => {
    expect(decideRetry(failure({ status: 503, attempt: 2 }))).toEqual({ kind: 'retry', afterMs: 375 });
  });

  it('when Retry-After asks for more than a minute, then the sender gives up for this tick', () => {
    const decision = decideRetry(failure({ status: 503, retryAfter: '600' }));
    expect(decision).toEqual({ kind: 'give-up', reason: 'retry-after-too-long' });
  });
});
