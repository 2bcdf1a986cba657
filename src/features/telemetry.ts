import type { DueKind } from '../domain/due-entry';

/** Why a due entry was not sent: too old after downtime, the person left, or the day was already done. */
/** `quiet`: a summary in a pause for a week without answers (nothing to look back on). */
export type SkipReason = 'catchup' | 'inactive' | 'done' | 'quiet';

/** What a turn is, for its span: the activity's type and, for a card click, its verb. */
interface TurnKind {
  activityType: string;
  verb?: string;
}

/**
 * What the app tells the people who run it: counts and durations, never who or what was
 * written. The OpenTelemetry implementation is in src/telemetry; without a connection string
 * it records nothing. Features, scheduler and the Teams edge speak only through this port.
 */
export interface Telemetry {
  /** A due entry this instance took up (`due`), claimed, sent or failed to send. */
  scheduled(step: 'due' | 'claimed' | 'failed', kind: DueKind): void;
  /** A scheduled send went out, `lagSeconds` after it was due. */
  scheduledSent(kind: DueKind, lagSeconds: number): void;
  scheduledSkipped(kind: DueKind, reason: SkipReason): void;
  /** The Bot Connector answered 429. */
  throttled(): void;
  /** A proactive send is tried again after `status` (undefined: no answer at all). */
  retried(status: number | undefined): void;
  /** An answer was stored (first, edit or replacement). */
  answerStored(): void;
  checkin(step: 'opened' | 'closed'): void;
  /** The number of live instances this one sees (for the `instances.live` gauge). */
  instancesSeen(count: number): void;
  /** Runs one turn in its own span; a card click also records its duration by verb. */
  turn<T>(kind: TurnKind, work: () => Promise<T>): Promise<T>;
  /** Names the current turn's span after what it turned out to be (a command kind, never text). */
  nameTurn(name: string): void;
}
