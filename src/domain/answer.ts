/** One answer to one delivered prompt. Position runs from 1 (left pole) to 5 (right pole). */
export interface Answer {
  /** The delivery this answers; one answer per delivery. */
  deliveryId: string;
  promptId: string;
  paradoxId: string;
  position: 1 | 2 | 3 | 4 | 5;
  lens: string;
  roleId: string;
  tacticId?: string;
  note?: string;
  /** Instant of the (last) submit, ISO 8601. */
  answeredAt: string;
  /** The person's local date of the prompt (yyyy-mm-dd). */
  localDate: string;
}
