import type { Delivery } from '../domain/delivery';
import type { DeliveriesRepository } from '../store/deliveries-repository';

/** A delivery is tried at most this many times (first claim plus takeovers and retries). */
export const MAX_ATTEMPTS = 3;

type ClaimResult =
  | { kind: 'claimed'; delivery: Delivery }
  /** Sent, skipped or given up: nothing more to do for this delivery. */
  | { kind: 'done' }
  /** Another instance holds a live claim: leave the due entry for a later tick. */
  | { kind: 'busy' };

/**
 * Claim before send. The conditional insert makes exactly one instance the sender; a claim
 * left by a crashed instance is taken over after the lease, with an etag check so that only
 * one instance takes it over, and at most MAX_ATTEMPTS times. A slot held for a question asked
 * in the chat (src/domain/delivery.ts) is taken the same way, unless `dayComplete` says that
 * day needs no prompt any more (without it, a held slot is done).
 */
export async function claimDelivery(
  deliveries: DeliveriesRepository,
  fresh: Omit<Delivery, 'etag' | 'state' | 'claimedAt' | 'claimedBy' | 'attempts'>,
  instanceId: string,
  now: Date,
  leaseMs: number,
  dayComplete?: () => Promise<boolean>,
): Promise<ClaimResult> {
  const claim = { state: 'claimed' as const, claimedAt: now.toISOString(), claimedBy: instanceId };
  const first = { ...fresh, ...claim, attempts: 1 };
  if (await deliveries.tryCreate(first)) return { kind: 'claimed', delivery: first };
  const existing = await deliveries.get(fresh.personKey, fresh.id);
  if (!existing) return { kind: 'busy' };
  if (existing.state === 'held') {
    if (!dayComplete || (await dayComplete())) return { kind: 'done' };
    const { personKey: _personKey, id: _id, ...fields } = first;
    if (!(await deliveries.updateIfUnchanged(existing, fields))) return { kind: 'busy' };
    return { kind: 'claimed', delivery: { ...existing, ...first } };
  }
  if (existing.state === 'sent' || existing.state === 'skipped' || existing.skipped) return { kind: 'done' };
  const leaseOver = existing.state === 'claimed' && now.getTime() - Date.parse(existing.claimedAt) > leaseMs;
  const retryable = existing.state === 'failed';
  if (!leaseOver && !retryable) return { kind: 'busy' };
  if (existing.attempts >= MAX_ATTEMPTS) return { kind: 'done' };
  const takeover = { ...claim, attempts: existing.attempts + 1 };
  if (!(await deliveries.updateIfUnchanged(existing, takeover))) return { kind: 'busy' };
  return { kind: 'claimed', delivery: { ...existing, ...takeover } };
}
