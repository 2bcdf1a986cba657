import type { SkipReason } from '../features/telemetry';

/** What came of one due entry: the tick counts it, the send functions return it. */
export type DueOutcome =
  | { kind: 'sent'; deliveryId: string }
  /** Without a reason: put off (a reminder waits for a snoozed prompt), not skipped. */
  | { kind: 'skipped'; reason?: SkipReason }
  | { kind: 'busy' | 'failed' };
