/**
 * Books proactive sends into slots that stay inside Teams' limits: per tenant an even spacing and
 * at most 95 % of the configured rate in any second (headroom for network jitter,
 * which otherwise turns a send at the exact ceiling into a 429), and per conversation at most 7
 * sends in any 1 s and 8 in any 2 s. Slots are booked on a sliding schedule (exact times, not
 * whole-second buckets) so a busy sender gets close to the ceiling, and a slot left free by a
 * slow conversation can still be used by another one. A send that Teams refused (429, 5xx) did
 * not count against the limit there, so its slot is given back.
 */

/** At most `count` booked sends in any half-open window of `windowMs`. */
interface WindowLimit {
  count: number;
  windowMs: number;
}

const CONVERSATION_LIMITS: readonly WindowLimit[] = [
  { count: 7, windowMs: 1000 },
  { count: 8, windowMs: 2000 },
];
/** Conversation bookings older than the longest window can no longer constrain a future slot. */
const FORGET_AFTER_MS = 2000;
/** Share of the tenant rate booked in any second; the rest absorbs jitter between us and Teams. */
const TENANT_HEADROOM = 0.95;
/** Attempts are spaced for this multiple of the rate, so that retries fit without slowing the rest. */
const ATTEMPT_SPREAD = 1.2;
/**
 * 429s in the last second, as a share of the tenant's budget, that mean the whole tenant is
 * throttled. Below it a 429 is about one request or conversation: that one waits, the rest go on.
 */
const TENANT_THROTTLE_SHARE = 0.2;
/**
 * Fewer 429s than this in a second never pause the tenant (unless that is the whole budget). An
 * instance with a share of the rate sends 16 or 24 a second; when Teams refuses 5 % at random,
 * 4 or 5 of them in one second come by chance every few seconds, each a needless pause. 8 comes
 * by chance about once an hour, while a tenant Teams really throttles refuses nearly every send.
 */
const TENANT_THROTTLE_MIN = 8;

interface SendRateLimiterOptions {
  /** Sends per second across all conversations of one tenant (Teams allows about 50). */
  tenantRps?: number;
  /** Milliseconds on a monotonic or wall clock; injected so tests run in simulated time. */
  now: () => number;
}

interface TenantState {
  slots: number[];
  notBefore: number;
  /** Times of recent 429s, to tell a throttled tenant from one unlucky request. */
  throttled: number[];
}

/** A booked send: wait `waitMs`, then send; `at` identifies the slot to give back (none: ask again). */
interface Booking {
  waitMs: number;
  at?: number;
}

export class SendRateLimiter {
  /** The tenant rate all instances together may use. */
  private readonly rps: number;
  private tenantLimits: readonly WindowLimit[] = [];
  /** Sends per second per tenant (95 % of this instance's rate): also what a burst of 429s is measured against. */
  private tenantBudget = 1;
  private readonly now: () => number;
  private readonly tenants = new Map<string, TenantState>();
  private readonly conversations = new Map<string, number[]>();
  /** Conversations that got a 429: no send to them before this time. */
  private readonly conversationNotBefore = new Map<string, number>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(options: SendRateLimiterOptions) {
    const rps = options.tenantRps ?? 50;
    if (!Number.isFinite(rps) || rps <= 0) throw new RangeError(`tenantRps must be a positive number, got ${rps}`);
    this.rps = rps;
    this.now = options.now;
    this.shareAmong(1);
  }

  /**
   * Teams' limit is per bot and tenant, whatever the number of instances sending. `sending`
   * instances split the budget evenly, this one at `rank` (0-based, in an order all instances
   * agree on): 47 a second becomes 16 + 16 + 15, not 15 × 3. Each of `resting` instances (done
   * with their fan-out) keeps one send a second for stray messages; a resting instance itself
   * passes rank -1 and gets that one.
   */
  shareAmong(sending: number, rank = 0, resting = 0): void {
    const count = Math.max(1, Math.floor(sending));
    const whole = Math.floor(this.rps * TENANT_HEADROOM);
    const available = Math.max(count, whole - Math.max(0, Math.floor(resting)));
    const own = rank < 0 ? 1 : Math.floor(available / count) + (rank % count < available % count ? 1 : 0);
    this.tenantBudget = Math.max(1, own);
    const rps = (this.rps * this.tenantBudget) / Math.max(1, whole);
    this.tenantLimits = [
      // Sends spread out rather than in a burst at the start of each second. Attempts may come a
      // little faster than the rate: the ones Teams refuses give their place in the second back.
      // Whole milliseconds: fractional slot times would let rounding squeeze one send too many into a window.
      { count: 1, windowMs: Math.max(1, Math.floor(1000 / (rps * ATTEMPT_SPREAD))) },
      { count: this.tenantBudget, windowMs: 1000 },
    ];
  }

  /**
   * Books the earliest slot allowed for a send to `conversationId` in `tenantId` and returns
   * how many milliseconds (rounded up) to wait before sending. The slot is taken on return.
   */
  reserve(tenantId: string, conversationId: string): number {
    return this.book(tenantId, conversationId).waitMs;
  }

  /**
   * As `reserve`, and says which slot was taken, so that `release` can give it back. With
   * `maxAheadMs`, a slot further ahead than that is not taken: `at` is undefined and the caller
   * asks again after `waitMs`. Senders that book only a little ahead leave room for slots that
   * refused sends give back; booking seconds ahead fills the schedule before any comes back.
   */
  book(tenantId: string, conversationId: string, maxAheadMs = Number.POSITIVE_INFINITY): Booking {
    const now = this.now();
    this.sweep(now);
    const tenant = this.tenantState(tenantId);
    const conversationKey = keyOf(tenantId, conversationId);
    const conversation = this.conversations.get(conversationKey) ?? [];
    this.conversations.set(conversationKey, conversation);
    const checks: [number[], WindowLimit][] = [
      ...this.tenantLimits.map((limit): [number[], WindowLimit] => [tenant.slots, limit]),
      ...CONVERSATION_LIMITS.map((limit): [number[], WindowLimit] => [conversation, limit]),
    ];
    let slot = Math.max(now, tenant.notBefore, this.conversationNotBefore.get(conversationKey) ?? Number.NEGATIVE_INFINITY);
    for (let moved = true; moved; ) {
      moved = false;
      for (const [slots, limit] of checks) {
        const later = earliestAllowed(slots, limit, slot);
        if (later > slot) {
          slot = later;
          moved = true;
        }
      }
    }
    if (slot - now > maxAheadMs) {
      if (conversation.length === 0) this.conversations.delete(conversationKey);
      return { waitMs: Math.ceil(slot - now - maxAheadMs) };
    }
    insertSorted(tenant.slots, slot);
    insertSorted(conversation, slot);
    return { waitMs: Math.ceil(slot - now), at: slot };
  }

  /**
   * Teams refused the send booked at `at` (429 or 5xx): it did not count there, so it no longer
   * counts against the tenant's second either. The conversation keeps it (stricter is safer).
   */
  release(tenantId: string, at: number): void {
    const slots = this.tenants.get(tenantId)?.slots;
    const index = slots?.indexOf(at) ?? -1;
    if (slots && index >= 0) slots.splice(index, 1);
  }

  /**
   * A 429 with Retry-After. The conversation waits that long in any case; the whole tenant waits
   * only when 429s come in numbers (then it is Teams telling us we send too fast), not for one
   * unlucky request among hundreds.
   */
  onThrottled(tenantId: string, conversationId: string, retryAfterMs: number): void {
    const now = this.now();
    const until = now + Math.max(0, retryAfterMs);
    const conversationKey = keyOf(tenantId, conversationId);
    this.conversationNotBefore.set(conversationKey, Math.max(until, this.conversationNotBefore.get(conversationKey) ?? 0));
    const tenant = this.tenantState(tenantId);
    tenant.throttled.push(now);
    dropBefore(tenant.throttled, now - 1000);
    const enough = Math.max(Math.min(TENANT_THROTTLE_MIN, this.tenantBudget), Math.ceil(this.tenantBudget * TENANT_THROTTLE_SHARE));
    if (tenant.throttled.length >= enough) {
      tenant.notBefore = Math.max(tenant.notBefore, until);
      tenant.throttled.length = 0;
    }
  }

  /** Conversations currently remembered; exposed so tests can see that memory stays bounded. */
  get trackedConversations(): number {
    return this.conversations.size;
  }

  private tenantState(tenantId: string): TenantState {
    const existing = this.tenants.get(tenantId);
    if (existing !== undefined) return existing;
    const created: TenantState = { slots: [], notBefore: Number.NEGATIVE_INFINITY, throttled: [] };
    this.tenants.set(tenantId, created);
    return created;
  }

  /** At most once per second, drop bookings that can no longer matter, and idle keys with them. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    const horizon = now - Math.max(FORGET_AFTER_MS, ...this.tenantLimits.map((limit) => limit.windowMs));
    for (const [key, slots] of this.conversations) {
      dropBefore(slots, horizon);
      if (slots.length === 0) this.conversations.delete(key);
    }
    for (const [key, until] of this.conversationNotBefore) if (until <= now) this.conversationNotBefore.delete(key);
    for (const [key, tenant] of this.tenants) {
      dropBefore(tenant.slots, horizon);
      if (tenant.slots.length === 0 && tenant.notBefore <= now) this.tenants.delete(key);
    }
  }
}

function keyOf(tenantId: string, conversationId: string): string {
  return `${tenantId}\u0000${conversationId}`;
}

/**
 * The earliest time at or after `from` where one more booking keeps every window within its count.
 * A run of `count` consecutive bookings spanning less than the window forbids the open interval
 * (last − window, first + window), so we jump to the end of any such interval that covers `from`.
 */
function earliestAllowed(slots: readonly number[], { count, windowMs }: WindowLimit, from: number): number {
  let at = from;
  for (let i = firstIndexAbove(slots, at - windowMs); i < slots.length; i += 1) {
    const first = slots[i];
    const last = slots[i + count - 1];
    if (first === undefined || last === undefined || first >= at + windowMs) break;
    const crowded = last - first < windowMs;
    if (crowded && last - windowMs < at && at < first + windowMs) at = first + windowMs;
  }
  return at;
}

function firstIndexAbove(slots: readonly number[], value: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] ?? Number.POSITIVE_INFINITY) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insertSorted(slots: number[], value: number): void {
  slots.splice(firstIndexAbove(slots, value), 0, value);
}

function dropBefore(slots: number[], horizon: number): void {
  slots.splice(0, firstIndexAbove(slots, horizon));
}
