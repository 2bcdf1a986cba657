import type { Locale } from '../content/types';
import type { ConversationRef } from './conversation-ref';

export type CheckinLens = 'ideaaltypen' | 'leiderschap';
/** One team check-in. It names no person: the starter is a key that differs per check-in (src/domain/pseudonym.ts). */
export interface Checkin {
  conversationKey: string;
  id: string;
  topicKind: 'dilemma' | 'paradox';
  topicId: string;
  lens: CheckinLens;
  minimum: number;
  notesAllowed: boolean;
  locale: Locale;
  /**
   * The starter's key for this check-in only (src/domain/pseudonym.ts): checks "is this the owner?"
   * without storing who it is. For a check-in of a series, the key of whoever set up the series.
   */
  owner: string;
  /** Set when a recurring series posted this check-in (src/domain/checkin-series.ts). */
  seriesId?: string;
  tenantId: string;
  createdAt: string;
  dueAt: string;
  /** End of retention (CHECKIN_RETENTION_DAYS after the start): then it and its answers are deleted. */
  expiresAt: string;
  status: 'open' | 'closed';
  /** The channel or group chat (no member in it), for updating the shared card. */
  reference: ConversationRef;
  activityId?: string;
  /**
   * The answer count every view shows while it is open (src/features/checkins/shown-count.ts):
   * it changes at most once per window and never goes down, so neither a refresh loop nor an
   * erasure times one person's answer.
   */
  shownCount?: number;
  /** When `shownCount` last changed (wall clock, ISO). */
  shownAt?: string;
  closedAt?: string;
  closedBy?: 'starter' | 'deadline';
  /** Number of answers at closing. */
  count?: number;
  /**
   * The result frozen at closing, as JSON (src/domain/checkin-result.ts): shares and notes, or
   * "too few". Every view after the close reads this, never the answer rows. Check-ins closed
   * before freezing hold shares only, and only when the minimum was met.
   */
  result?: string;
  etag?: string;
}
