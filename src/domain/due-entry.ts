export type DueKind = 'prompt' | 'summary' | 'snooze' | 'reminder';
/** The kinds with one pending entry per person (a pointer row remembers its bucket). */
export type ScheduledKind = 'prompt' | 'summary' | 'reminder';
/** One pending send: a person's next prompt or summary, or a snoozed prompt. */
export interface DueEntry {
  personKey: string;
  kind: DueKind;
  dueAt: string;
  /** For snoozes: the delivery to send again. */
  deliveryId?: string;
  /** The partition the entry is stored in (read from the index). */
  partition: string;
}
