import { SendRateLimiter } from '../../src/scheduler/rate-limiter';

/** A clock we move by hand, so seconds of sending take no real time. */
function simulatedClock(): { now: () => number; set: (ms: number) => void } {
  let time = 0;
  return { now: () => time, set: (ms) => (time = ms) };
}

/** Most sends found in any half-open window of `windowMs` over sorted send times. */
function busiestWindow(sorted: number[], windowMs: number): number {
  let most = 0;
  for (let start = 0, end = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && (sorted[end] ?? Infinity) < (sorted[start] ?? 0) + windowMs) end += 1;
    most = Math.max(most, end - start);
  }
  return most;
}

/**
 * `workers` senders each reserve a slot, sleep until it, send, and reserve again, until `total`
 * sends are done. Returns the send times in order.
 */
function runSenders(
  limiter: SendRateLimiter,
  clock: ReturnType<typeof simulatedClock>,
  total: number,
  workers: number,
  conversationOf: (n: number) => string,
): number[] {
  const free = new Array<number>(workers).fill(0);
  const sent: number[] = [];
  for (let n = 0; n < total; n += 1) {
    const worker = free.indexOf(Math.min(...free));
    clock.set(free[worker] ?? 0);
    const at = clock.now() + limiter.reserve('tenant', conversationOf(n));
    sent.push(at);
    free[worker] = at;
  }
  return sent.sort((a, b) => a - b);
}

describe('SendRateLimiter per conversation', () => {
  it('when 100 sends to one conversation are booked in a burst, then 7 per 1 s and 8 per 2 s always hold', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    const sent = Array.from({ length: 100 }, () => limiter.reserve('tenant', 'chat'));
    sent.sort((a, b) => a - b);
    expect(busiestWindow(sent, 1000)).toBe(7);
    expect(busiestWindow(sent, 2000)).toBe(8);
    // 8 per 2 s is the binding ceiling: 4 per second.
    const rate = ((sent.length - 1) / ((sent.at(-1) ?? 0) - (sent[0] ?? 0))) * 1000;
    expect(rate).toBeGreaterThanOrEqual(0.9 * 4);
  });

  it('when senders reserve one at a time and wait, then the conversation limits still hold', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    const sent = runSenders(limiter, clock, 100, 3, () => 'chat');
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(7);
    expect(busiestWindow(sent, 2000)).toBeLessThanOrEqual(8);
  });

  it('when one conversation is saturated, then another conversation may use the earlier free tenant slot', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    const waits = Array.from({ length: 8 }, () => limiter.reserve('tenant', 'busy'));
    expect(waits).toEqual([0, 20, 40, 60, 80, 100, 120, 1000]);
    expect(limiter.reserve('tenant', 'quiet')).toBe(140);
  });
});

describe('SendRateLimiter per tenant', () => {
  it('when 1000 sends go to many conversations, then at most 50 a second go out and 95% of that is used', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    const sent = runSenders(limiter, clock, 1000, 16, (n) => `chat-${n % 200}`);
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(50);
    const seconds = ((sent.at(-1) ?? 0) - (sent[0] ?? 0)) / 1000;
    expect((sent.length - 1) / seconds).toBeGreaterThanOrEqual(0.95 * 50);
  });

  it('when the tenant rate is configured lower, then sends are spread at that rate', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 10, now: clock.now });
    const waits = Array.from({ length: 4 }, (_, n) => limiter.reserve('tenant', `chat-${n}`));
    expect(waits).toEqual([0, 100, 200, 300]);
  });

  it('when tenants differ, then they do not share a rate', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    expect(limiter.reserve('tenant-a', 'chat')).toBe(0);
    expect(limiter.reserve('tenant-b', 'chat')).toBe(0);
  });

  it('when a 429 says Retry-After 3 s, then the tenant’s next slot is 3 s later and other tenants go on', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    clock.set(10_000);
    limiter.onRetryAfter('tenant', 3000);
    expect(limiter.reserve('tenant', 'chat-1')).toBe(3000);
    expect(limiter.reserve('tenant', 'chat-2')).toBe(3020);
    expect(limiter.reserve('other', 'chat-1')).toBe(0);
  });

  it('when the rate is not positive, then the limiter refuses to start', () => {
    expect(() => new SendRateLimiter({ tenantRps: 0, now: () => 0 })).toThrow(RangeError);
  });
});

describe('SendRateLimiter with mixed traffic', () => {
  it('when a few conversations share a tenant in irregular bursts, then no limit is exceeded anywhere', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const byConversation = new Map<string, number[]>();
    const all: number[] = [];
    for (let n = 0; n < 1000; n += 1) {
      clock.set(clock.now() + Math.floor(random() * 40));
      const conversation = `chat-${Math.floor(random() * 5)}`;
      const at = clock.now() + limiter.reserve('tenant', conversation);
      all.push(at);
      byConversation.set(conversation, [...(byConversation.get(conversation) ?? []), at]);
    }
    for (const sent of byConversation.values()) {
      sent.sort((a, b) => a - b);
      expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(7);
      expect(busiestWindow(sent, 2000)).toBeLessThanOrEqual(8);
    }
    expect(busiestWindow(all.sort((a, b) => a - b), 20)).toBe(1);
  });
});

describe('SendRateLimiter memory', () => {
  it('when conversations have been quiet for a few seconds, then they are forgotten', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    const sent = runSenders(limiter, clock, 1000, 8, (n) => `chat-${n}`);
    clock.set((sent.at(-1) ?? 0) + 5000);
    limiter.reserve('tenant', 'chat-new');
    expect(limiter.trackedConversations).toBe(1);
  });
});
