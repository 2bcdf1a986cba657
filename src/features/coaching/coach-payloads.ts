import { z } from 'zod';
import { isWellFormedCode } from '../../domain/coach-code';

/** The consent screen's data: the code it was shown for and the toggle (inputs arrive as strings). */
export const consentPayloadSchema = z.object({
  code: z.string().refine(isWellFormedCode),
  paradoxes: z.enum(['true', 'false']).optional().default('false'),
});

/**
 * The stop button's data. The key only selects a row in the invoker's own partition, so a
 * forged one can at most stop the invoker's own consent; the shape check (person keys are
 * escaped tenant and object ids) keeps junk out of storage calls.
 */
export const stopPayloadSchema = z.object({
  coachKey: z.string().regex(/^[\w%.:@-]{3,250}$/),
});
