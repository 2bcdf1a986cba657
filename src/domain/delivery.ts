/** `extra`: a question asked for after the day's answer (src/domain/reflection-day.ts). */
type DeliveryKind = 'prompt' | 'summary' | 'reflect' | 'extra' | 'reminder';
/**
 * `held`: only the day's scheduled slot (`<date>_prompt`) is ever held, by a question asked in the
 * chat while the slot was free. The scheduled prompt then comes only if the day is still not
 * complete when it is due (src/scheduler/claim-delivery.ts), so the answer to that question
 * completes the day with no write besides the answer itself.
 */
type DeliveryState = 'claimed' | 'sent' | 'skipped' | 'failed' | 'held';
/** One message to one person: a scheduled prompt or summary, or a prompt asked for. */
export interface Delivery {
  personKey: string;
  /** `<localDate>_<kind>` for scheduled ones (the claim key), unique for asked-for prompts. */
  id: string;
  kind: DeliveryKind;
  localDate: string;
  state: DeliveryState;
  promptId?: string;
  paradoxId?: string;
  /** The lens the prompt was asked in (its roles are the valid answers). */
  lens?: string;
  claimedAt: string;
  claimedBy: string;
  attempts: number;
  activityId?: string;
  sentAt?: string;
  /** How often the person snoozed this prompt (at most once). */
  snoozes: number;
  /** When a snoozed prompt was sent again (once). */
  resentAt?: string;
  /** Set when the person chose "not today". */
  skipped?: boolean;
  etag?: string;
}
