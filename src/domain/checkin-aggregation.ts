/**
 * Team check-in results, computed on the server only. Below the minimum nothing but the count
 * leaves this function, so no caller can leak a distribution or a note by accident. Above it, the
 * result is already in the form every card shows: what a few colleagues comparing notes could
 * use to single out one answer is left out here, not in the cards.
 */

/** The absolute floor: with fewer answers a distribution can point at a person. */
export const MINIMUM_FLOOR = 3;

/**
 * A choice or role chosen by fewer people than this shows as "fewer than 3", exactly like one
 * chosen by nobody: a lone answer cannot be told from no answer.
 */
const SMALL_GROUP = 3;

/** Below this many answers a result shows percentages only; counts from here on. */
export const COUNTS_FROM = 10;

export interface CheckinResponse {
  /** A dilemma option id, or a paradox position '1'..'5'. */
  choice: string;
  roleId: string;
  note?: string;
}

/** Counts per choice or role, with whole percentages that add up to 100 (largest remainder). */
export interface Share {
  id: string;
  count: number;
  percent: number;
}

/** One choice or role as a result shows it: "fewer than 3" (none included), or its share. */
export type ShownShare = { id: string; few: true } | { id: string; few: false; percent: number; count?: number };

export type CheckinAggregate =
  | { count: number; tooFew: true }
  | {
      count: number;
      tooFew: false;
      distribution: ShownShare[];
      roleShares: ShownShare[];
      notes: string[];
      /** Notes were allowed but held back: they show only from this many answers. */
      notesFrom?: number;
    };

interface AggregationInput {
  responses: readonly CheckinResponse[];
  /** Answers needed before anything but the count shows (never below MINIMUM_FLOOR). */
  minimum: number;
  /** Answers needed before notes show (never below `minimum`). */
  notesMinimum: number;
  /** Every allowed choice, in display order; answers outside it are ignored. */
  choices: readonly string[];
  /** Every role of the check-in's lens, in display order. */
  roles: readonly string[];
  notesAllowed: boolean;
  /** Seeds the note shuffle (the check-in id), so a result looks the same each time it is shown. */
  seed: string;
}

export function aggregateCheckin(input: AggregationInput): CheckinAggregate {
  const valid = input.responses.filter((r) => input.choices.includes(r.choice) && input.roles.includes(r.roleId));
  const count = valid.length;
  const minimum = Math.max(MINIMUM_FLOOR, input.minimum);
  if (count < minimum) return { count, tooFew: true };
  const notesFrom = Math.max(minimum, input.notesMinimum);
  const notesShown = input.notesAllowed && count >= notesFrom;
  const notes = notesShown ? valid.map((r) => r.note?.trim() ?? '').filter((n) => n.length > 0) : [];
  return {
    count,
    tooFew: false,
    distribution: shownShares(sharesOf(input.choices, valid.map((r) => r.choice)), count),
    roleShares: shownShares(sharesOf(input.roles, valid.map((r) => r.roleId)), count),
    notes: seededShuffle(notes, input.seed),
    ...(input.notesAllowed && !notesShown ? { notesFrom } : {}),
  };
}

/**
 * What of each share may show with `total` answers: fewer than SMALL_GROUP (none included) only
 * as "few", a count only from COUNTS_FROM answers. Percentages stay as computed over all answers.
 */
export function shownShares(shares: readonly Share[], total: number): ShownShare[] {
  return shares.map((s) => (s.count < SMALL_GROUP ? { id: s.id, few: true } : { id: s.id, few: false, percent: s.percent, ...(total >= COUNTS_FROM ? { count: s.count } : {}) }));
}

/** Counts per id, in the order of `ids`, with percentages rounded so they add up to 100. */
export function sharesOf(ids: readonly string[], values: readonly string[]): Share[] {
  const counts = ids.map((id) => values.filter((v) => v === id).length);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return ids.map((id) => ({ id, count: 0, percent: 0 }));
  const exact = counts.map((c) => (c * 100) / total);
  const percents = exact.map(Math.floor);
  let left = 100 - percents.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    percents[i] = (percents[i] ?? 0) + 1;
    left -= 1;
  }
  return ids.map((id, i) => ({ id, count: counts[i] ?? 0, percent: percents[i] ?? 0 }));
}

/** Fisher–Yates with a small seeded generator: the order says nothing about who answered when. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = mulberry32(hashOf(seed));
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
