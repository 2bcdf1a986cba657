/**
 * One answer to one delivered prompt. Position runs from 1 (left pole) to 5 (right pole); 0 means
 * "speelde vandaag niet" (a conditional prompt the day did not bring).
 */
export interface Answer {
  /** The delivery this answers; one answer per delivery. */
  deliveryId: string;
  promptId: string;
  paradoxId: string;
  position: Position;
  lens: string;
  /** The role acted from; NO_ROLE for "speelde vandaag niet". Read it through `roleOf`. */
  roleId: string;
  tacticId?: string;
  note?: string;
  /** Instant of the (last) submit, ISO 8601. */
  answeredAt: string;
  /** The person's local date of the prompt (yyyy-mm-dd). */
  localDate: string;
}

/**
 * "Speelde vandaag niet", stored in the position itself: the answer row keeps its shape (no new
 * column, no migration, export and delete unchanged), and a 0 can never be mistaken for a place
 * on the 1 … 5 scale. Every position figure leaves it out through `playedPositions`.
 */
export const NOT_PLAYED = 0;

export type Position = typeof NOT_PLAYED | 1 | 2 | 3 | 4 | 5;

/** True when the answer holds a place on the scale (not "speelde vandaag niet"). */
export function isPlayed<T extends { position: number }>(answer: T): boolean {
  return answer.position >= 1 && answer.position <= 5;
}

/** The answers that hold a place on the scale: what every mean position is computed from. */
export function playedPositions<T extends { position: number }>(answers: readonly T[]): T[] {
  return answers.filter(isPlayed);
}

/** The stored role of "speelde vandaag niet": a day the question did not come up was acted from no role. */
export const NO_ROLE = '';

/**
 * The role an answer was given from, or undefined for "speelde vandaag niet". Rows from before
 * stored a role with it too (the card asked for one); that role counts nowhere either.
 */
export function roleOf(answer: { position: number; roleId: string }): string | undefined {
  return isPlayed(answer) && answer.roleId !== NO_ROLE ? answer.roleId : undefined;
}

/** The prompt card's explicit "Geen" tactic: an Adaptive Card choice needs a non-empty value. */
export const NO_TACTIC = 'none';
