import { z } from 'zod';
import type { CheckinAggregate } from './checkin-aggregation';

/**
 * A check-in's result is computed once, when it closes, and stored with it. Every later view
 * reads the stored result: an answer row erased after the close (a member's "delete my data")
 * would otherwise change the figures, and the difference would show what that member chose,
 * from which role and what they wrote.
 */

const shares = z.array(z.object({ id: z.string(), count: z.number().int().min(0), percent: z.number().min(0).max(100) }));

const stored = z.union([
  z.object({ count: z.number().int().min(0), tooFew: z.literal(true) }),
  z.object({ count: z.number().int().min(0), tooFew: z.literal(false), distribution: shares, roleShares: shares, notes: z.array(z.string()) }),
  // Closed before results were frozen: shares only, never notes (they were recomputed then).
  z.object({ distribution: shares, roleShares: shares }),
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
 */
export function frozenResultOf(result: string | undefined, count: number | undefined): CheckinAggregate {
  const fallback: CheckinAggregate = { count: count ?? 0, tooFew: true };
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
  if ('tooFew' in value) return value;
  return { count: count ?? 0, tooFew: false, distribution: value.distribution, roleShares: value.roleShares, notes: [] };
}
