import { z } from 'zod';
import { CHECKIN_LENSES } from './checkin-topic';

/**
 * Schemas of every check-in card payload. Unknown fields are stripped, choices must be one of
 * the values the card offered, and nothing is written unless the whole payload parses.
 */

export const NOTE_MAX = 280;

/** Deadlines a starter can pick, in hours; 48 is the default. */
export const DEADLINE_HOURS = [24, 48, 72, 168] as const;
export const DEFAULT_DEADLINE_HOURS = 48;

/** The minimums a starter can pick: the configured one (never below 3) or stricter. */
export function minimumChoices(configured: number): number[] {
  const floor = Math.max(3, configured);
  return [...new Set([floor, floor + 2, floor + 5, floor + 10])];
}

export const checkinIdSchema = z.string().regex(/^\d{13}-[0-9a-f]{10}$/);
const checkinId = checkinIdSchema;

export const checkinRefSchema = z.object({ checkinId });
export type CheckinRef = z.infer<typeof checkinRefSchema>;

const oneOf = (values: readonly string[]) => z.string().refine((v) => values.includes(v));

// eslint-disable-next-line no-control-regex
const noControlCharacters = /^[^\u0000-\u001f\u007f-\u009f]*$/;

const note = z
  .string()
  .max(NOTE_MAX * 2)
  .transform((v) => v.trim())
  .pipe(z.string().max(NOTE_MAX).regex(noControlCharacters))
  .transform((v) => (v === '' ? undefined : v));

/** How often a check-in repeats: not (start now), every week, every other week. */
const REPEATS = ['once', 'weekly', 'biweekly'] as const;

/**
 * The setup card's answers. The minimum must be one the card offered for the configured minimum:
 * a forged `minimum: '3'` while CHECKIN_MIN_RESPONSES is 5 does not parse.
 */
export function startSchema(configuredMinimum: number) {
  return z.object({
    token: z.string().max(100),
    topic: z.string().max(80),
    lens: oneOf(CHECKIN_LENSES).transform((v) => v as (typeof CHECKIN_LENSES)[number]),
    hours: oneOf(DEADLINE_HOURS.map(String)).transform(Number),
    minimum: oneOf(minimumChoices(configuredMinimum).map(String)).transform(Number),
    notes: z.enum(['true', 'false']).transform((v) => v === 'true'),
    /** The check-in's language; older setup cards have none (then the clicker's). */
    language: z.enum(['nl', 'en']).optional(),
    /** Older setup cards have no repeat fields: then once, now. */
    repeat: z.enum(REPEATS).optional().default('once'),
    weekday: oneOf(['1', '2', '3', '4', '5', '6', '7']).transform(Number).optional().default(1),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional().default('09:00'),
    rotate: z.enum(['true', 'false']).transform((v) => v === 'true').optional().default(false),
  });
}

/** An answer to one check-in: its own choices and roles, a note only where notes are allowed. */
export function answerSchema(choices: readonly string[], roles: readonly string[], notesAllowed: boolean) {
  return z.object({
    checkinId,
    choice: oneOf(choices),
    role: oneOf(roles),
    note: note.optional().refine((v) => notesAllowed || v === undefined),
  });
}
