import type { Pole } from './weekly-summary-figures';

/** A place on the five-step scale between the poles of a paradox: 1 = left pole … 5 = right pole. */
export type Step = 1 | 2 | 3 | 4 | 5;

/**
 * The step a mean position lies on. Half-way values belong to the pole they lean to (see
 * `paradoxPositions`), so a mean of 2.5 is step 2 and 3.5 is step 4, never the middle; and only
 * a mean beyond half-way to a pole is "all the way" there, so 4.5 (a 4 and a 5) stays step 4.
 */
export function stepOf(average: number, pole: Pole): Step {
  if (pole === 'left') return average < 1.5 ? 1 : 2;
  if (pole === 'right') return average > 4.5 ? 5 : 4;
  return 3;
}
