import { z } from 'zod';
import { shownShares, type CheckinAggregate, type ShownShare } from './checkin-aggregation';

/**
 * A check-in's result is computed once, when it closes, and stored with it. Every later view
 * reads the stored result: an answer row erased after the close (a member's "delete my data")
 * would otherwise change the figures, and the difference would show what that member chose,
 * from which role and what they wrote.
 */

const count = z.number().int().min(0);
const percent = z.number().min(0).max(100);
const shown = z.array(z.union([z.object({ id: z.string(), few: z.literal(true) }), z.object({ id: z.string(), few: z.literal(false), percent, count: count.optional() })]));
/** Shares as results were stored before "fewer than 3" and counts from 10: exact counts of every row. */
const exact = z.array(z.object({ id: z.string(), count, percent }));

const stored = z.union([
  z.object({ count, tooFew: z.literal(true) }),
  z.object({ count, tooFew: z.literal(false), distribution: shown, roleShares: shown, notes: z.array(z.string()), notesFrom: count.optional() }),
  z.object({ count, tooFew: z.literal(false), distribution: exact, roleShares: exact, notes: z.array(z.string()) }),
  // Closed before results were frozen: shares only, never notes (they were recomputed then).
  z.object({ distribution: exact, roleShares: exact }),
]);

/**
 * A table row holds at most 1 MiB; at two bytes a character this leaves room for the rest of the
 * check-in. Far more notes than a card can show fit in it.
 */
export const MAX_RESULT_CHARS = 400_000;

/**
 * The stored form of a result, exactly as it will be shown. Should the notes not fit in a row,
 * the last ones in the shuffled order are left out, once, so every view still shows the same.
 */
export function serializeResult(aggregate: CheckinAggregate): string {
  let json = JSON.stringify(aggregate);
  if (aggregate.tooFew || json.length <= MAX_RESULT_CHARS) return json;
  const notes = [...aggregate.notes];
  while (notes.length > 0 && json.length > MAX_RESULT_CHARS) {
    notes.splice(Math.floor(notes.length * 0.9));
    json = JSON.stringify({ ...aggregate, notes });
  }
  return json;
}

/**
 * The result of a closed check-in as it was frozen. `count` is the number of answers stored at
 * closing; a check-in closed with too few answers before freezing has no result and reads as "too few".
 * Results frozen before small groups were hidden are shown by today's rules: a row of one or two
 * answers reads "fewer than 3", and below 10 answers no count shows. Hiding more of a result
 * never reveals anything it did not show before.
 */
export function frozenResultOf(result: string | undefined, closedCount: number | undefined): CheckinAggregate {
  const fallback: CheckinAggregate = { count: closedCount ?? 0, tooFew: true };
  if (result === undefined) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(result);
  } catch {
    return fallback;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return fallback;
  const value = parsed.data;
  if ('tooFew' in value && value.tooFew) return value;
  const total = 'count' in value ? value.count : (closedCount ?? 0);
  const asShown = (shares: readonly (ShownShare | z.infer<typeof exact>[number])[]): ShownShare[] =>
    shares.map((s) => ('few' in s ? s : (shownShares([s], total)[0] ?? { id: s.id, few: true })));
  const notes = 'notes' in value ? value.notes : [];
  const notesFrom = 'notesFrom' in value && value.notesFrom !== undefined ? { notesFrom: value.notesFrom } : {};
  return { count: total, tooFew: false, distribution: asShown(value.distribution), roleShares: asShown(value.roleShares), notes, ...notesFrom };
}
