import { SendRateLimiter } from '../../src/teams/rate-limiter';

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
    // Attempts are spaced 16 ms apart at 50 a second (room for retries within the 47 a second).
    expect(waits).toEqual([0, 16, 32, 48, 64, 80, 96, 1000]);
    expect(limiter.reserve('tenant', 'quiet')).toBe(112);
  });
});

describe('SendRateLimiter per tenant', () => {
  it('when 1000 sends go to many conversations, then at most 47 a second go out (95 % of 50) and 90 % of 50 is used', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    const sent = runSenders(limiter, clock, 1000, 16, (n) => `chat-${n % 200}`);
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(47);
    expect(busiestWindow(sent, 16)).toBe(1);
    const seconds = ((sent.at(-1) ?? 0) - (sent[0] ?? 0)) / 1000;
    expect((sent.length - 1) / seconds).toBeGreaterThanOrEqual(0.9 * 50);
  });

  it('when Teams refuses some sends, then their slots are given back and accepted sends still fill the second', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    const accepted: number[] = [];
    for (let n = 0; accepted.length < 470; n += 1) {
      const { at } = limiter.book('tenant', `chat-${n}`);
      if (at === undefined) throw new Error('a booking without a limit on how far ahead always gets a slot');
      clock.set(at);
      // Every tenth send comes back 503 at once: it did not count at Teams.
      if (n % 10 === 9) limiter.release('tenant', at);
      else accepted.push(at);
    }
    expect(busiestWindow(accepted, 1000)).toBeLessThanOrEqual(47);
    const seconds = ((accepted.at(-1) ?? 0) - (accepted[0] ?? 0)) / 1000;
    expect((accepted.length - 1) / seconds).toBeGreaterThanOrEqual(0.9 * 50);
  });

  it('when the tenant rate is configured lower, then sends are spread at that rate', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 10, now: clock.now });
    const waits = Array.from({ length: 4 }, (_, n) => limiter.reserve('tenant', `chat-${n}`));
    expect(waits).toEqual([0, 83, 166, 249]);
  });

  it('when two instances share the tenant, then their shares add up to the budget, and one books all of it again when alone', () => {
    const clock = simulatedClock();
    const first = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    const second = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    first.shareAmong(2, 0);
    second.shareAmong(2, 1);
    const left = runSenders(first, clock, 300, 16, (n) => `chat-${n % 200}`);
    clock.set(0);
    const right = runSenders(second, clock, 300, 16, (n) => `chat-${n % 200}`);
    // 47 a second for the tenant (95 % of 50): 24 and 23, never more together.
    expect(busiestWindow(left, 1000)).toBeLessThanOrEqual(24);
    expect(busiestWindow(right, 1000)).toBeLessThanOrEqual(23);
    expect(busiestWindow([...left, ...right].sort((a, b) => a - b), 1000)).toBeLessThanOrEqual(47);
    expect((left.length - 1) / (((left.at(-1) ?? 0) - (left[0] ?? 0)) / 1000)).toBeGreaterThanOrEqual(0.9 * 25);
    first.shareAmong(1);
    clock.set((left.at(-1) ?? 0) + 2000);
    const alone = runSenders(first, clock, 300, 16, (n) => `chat-${n % 200}`);
    expect(busiestWindow(alone, 1000)).toBeLessThanOrEqual(47);
    expect(busiestWindow(alone, 1000)).toBeGreaterThan(40);
  });

  it('when three instances share a budget of 47, then it is split 16, 16 and 15 rather than 15 each', () => {
    const clock = simulatedClock();
    const busiest = [0, 1, 2].map((rank) => {
      const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
      limiter.shareAmong(3, rank);
      clock.set(0);
      return busiestWindow(runSenders(limiter, clock, 200, 16, (n) => `chat-${n % 100}`), 1000);
    });
    expect(busiest).toEqual([16, 16, 15]);
  });

  it('when one of three instances finished its fan-out, then the two still sending take its share and it keeps one send a second', () => {
    const clock = simulatedClock();
    const busiest = [0, 1, -1].map((rank) => {
      const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
      limiter.shareAmong(2, rank, 1);
      clock.set(0);
      return busiestWindow(runSenders(limiter, clock, 200, 16, (n) => `chat-${n % 100}`), 1000);
    });
    expect(busiest).toEqual([23, 23, 1]);
  });

  it('when a slot is further ahead than the sender wants to book, then none is taken and it is told when to ask again', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    for (let n = 0; n < 10; n += 1) limiter.reserve('tenant', `chat-${n}`);
    expect(limiter.book('tenant', 'chat-late', 100)).toEqual({ waitMs: 60 });
    clock.set(60);
    expect(limiter.book('tenant', 'chat-late', 100)).toEqual({ waitMs: 100, at: 160 });
  });

  it('when tenants differ, then they do not share a rate', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    expect(limiter.reserve('tenant-a', 'chat')).toBe(0);
    expect(limiter.reserve('tenant-b', 'chat')).toBe(0);
  });

  it('when one send gets a 429 with Retry-After 3 s, then that conversation waits 3 s and the others go on', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ now: clock.now });
    clock.set(10_000);
    limiter.onThrottled('tenant', 'chat-1', 3000);
    expect(limiter.reserve('tenant', 'chat-1')).toBe(3000);
    expect(limiter.reserve('tenant', 'chat-2')).toBe(0);
  });

  it('when 429s come in numbers within a second, then the whole tenant waits the Retry-After and other tenants go on', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    clock.set(10_000);
    // 20 % of the tenant's 47 a second: Teams is throttling the tenant, not one request.
    for (let n = 0; n < 10; n += 1) limiter.onThrottled('tenant', `chat-${n}`, 3000);
    expect(limiter.reserve('tenant', 'chat-new')).toBe(3000);
    expect(limiter.reserve('other', 'chat-new')).toBe(0);
  });

  it('when an instance sends a third of the rate, then 7 chance 429s in a second do not pause it, 8 do', () => {
    const clock = simulatedClock();
    const pauseAfter = (refusals: number): number => {
      const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
      limiter.shareAmong(3, 0);
      clock.set(10_000);
      for (let n = 0; n < refusals; n += 1) limiter.onThrottled('tenant', `chat-${n}`, 1000);
      return limiter.reserve('tenant', 'chat-new');
    };
    expect(pauseAfter(7)).toBe(0);
    expect(pauseAfter(8)).toBe(1000);
  });

  it('when the whole budget is a few sends a second, then that many 429s pause the tenant', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 4, now: clock.now });
    clock.set(10_000);
    for (let n = 0; n < 3; n += 1) limiter.onThrottled('tenant', `chat-${n}`, 2000);
    expect(limiter.reserve('tenant', 'chat-new')).toBe(2000);
  });

  it('when 429s are spread out, then the tenant is not paused', () => {
    const clock = simulatedClock();
    const limiter = new SendRateLimiter({ tenantRps: 50, now: clock.now });
    for (let n = 0; n < 30; n += 1) {
      clock.set(10_000 + n * 400);
      limiter.onThrottled('tenant', `chat-${n}`, 1000);
    }
    expect(limiter.reserve('tenant', 'chat-new')).toBe(0);
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
    expect(busiestWindow(all.sort((a, b) => a - b), 16)).toBe(1);
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
