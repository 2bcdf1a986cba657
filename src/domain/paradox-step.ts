import type { Pole } from './weekly-summary-figures';

/** A place on the five-step scale between the poles of a paradox: 1 = left pole … 5 = right pole. */
export type Step = 1 | 2 | 3 | 4 | 5;

/**
 * The step a mean position rounds to. Half-way values belong to the pole they lean to (see
 * `paradoxPositions`), so a mean of 2.5 is step 2 and 3.5 is step 4, never the middle.
 */
export function stepOf(average: number, pole: Pole): Step {
  const rounded = Math.min(5, Math.max(1, Math.round(average)));
  if (pole === 'left') return Math.min(2, rounded) as Step;
  if (pole === 'right') return Math.max(4, rounded) as Step;
  return 3;
}
