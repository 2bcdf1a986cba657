/**
 * Books proactive sends into slots that stay inside Teams' limits: a steady per-tenant rate and,
 * per conversation, at most 7 sends in any 1 s and 8 in any 2 s. Slots are booked on a sliding
 * schedule (exact times, not whole-second buckets) so a busy sender gets close to the ceiling,
 * and a slot left free by a slow conversation can still be used by another one.
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

export interface SendRateLimiterOptions {
  /** Sends per second across all conversations of one tenant (Teams allows about 50). */
  tenantRps?: number;
  /** Milliseconds on a monotonic or wall clock; injected so tests run in simulated time. */
  now: () => number;
}

interface TenantState {
  slots: number[];
  notBefore: number;
}

export class SendRateLimiter {
  private readonly tenantLimit: WindowLimit;
  private readonly now: () => number;
  private readonly tenants = new Map<string, TenantState>();
  private readonly conversations = new Map<string, number[]>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(options: SendRateLimiterOptions) {
    const rps = options.tenantRps ?? 50;
    if (!Number.isFinite(rps) || rps <= 0) throw new RangeError(`tenantRps must be a positive number, got ${rps}`);
    // One send per 1/rps seconds: an even spread rather than a burst that Teams may throttle anyway.
    this.tenantLimit = { count: 1, windowMs: 1000 / rps };
    this.now = options.now;
  }

  /**
   * Books the earliest slot allowed for a send to `conversationId` in `tenantId` and returns
   * how many milliseconds (rounded up) to wait before sending. The slot is taken on return.
   */
  reserve(tenantId: string, conversationId: string): number {
    const now = this.now();
    this.sweep(now);
    const tenant = this.tenantState(tenantId);
    const conversationKey = `${tenantId}\u0000${conversationId}`;
    const conversation = this.conversations.get(conversationKey) ?? [];
    this.conversations.set(conversationKey, conversation);
    const checks: [number[], WindowLimit][] = [
      [tenant.slots, this.tenantLimit],
      ...CONVERSATION_LIMITS.map((limit): [number[], WindowLimit] => [conversation, limit]),
    ];
    let slot = Math.max(now, tenant.notBefore);
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
    insertSorted(tenant.slots, slot);
    insertSorted(conversation, slot);
    return Math.ceil(slot - now);
  }

  /** A 429 with Retry-After: no new slot for this tenant before the server allows it. */
  onRetryAfter(tenantId: string, retryAfterMs: number): void {
    const tenant = this.tenantState(tenantId);
    tenant.notBefore = Math.max(tenant.notBefore, this.now() + Math.max(0, retryAfterMs));
  }

  /** Conversations currently remembered; exposed so tests can see that memory stays bounded. */
  get trackedConversations(): number {
    return this.conversations.size;
  }

  private tenantState(tenantId: string): TenantState {
    const existing = this.tenants.get(tenantId);
    if (existing !== undefined) return existing;
    const created: TenantState = { slots: [], notBefore: Number.NEGATIVE_INFINITY };
    this.tenants.set(tenantId, created);
    return created;
  }

  /** At most once per second, drop bookings that can no longer matter, and idle keys with them. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    const horizon = now - Math.max(FORGET_AFTER_MS, this.tenantLimit.windowMs);
    for (const [key, slots] of this.conversations) {
      dropBefore(slots, horizon);
      if (slots.length === 0) this.conversations.delete(key);
    }
    for (const [key, tenant] of this.tenants) {
      dropBefore(tenant.slots, horizon);
      if (tenant.slots.length === 0 && tenant.notBefore <= now) this.tenants.delete(key);
    }
  }
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
