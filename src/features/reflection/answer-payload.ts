import { z } from 'zod';
import { NO_TACTIC } from '../../domain/answer';

/** Delivery ids: `<local date>_<kind>[_<hex>]`, nothing else. */
const deliveryIdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}_(prompt|(reflect|extra)_[0-9a-f]{8})$/);

export const deliveryRefSchema = z.object({ deliveryId: deliveryIdSchema });
export type DeliveryRef = z.infer<typeof deliveryRefSchema>;

/**
 * The answer as the card sends it: inputs arrive as strings. Unknown fields (a forged userId,
 * say) are dropped; identity comes from the activity.
 */
export const answerPayloadSchema = z.object({
  deliveryId: deliveryIdSchema,
  /** Signed delivery facts (DeliveryTickets); cards from before tickets have none. */
  ticket: z.string().max(200).optional().default(''),
  position: z.string().optional().default(''),
  role: z.string().max(80).optional().default(''),
  /** A tactic id; `none` (the card's explicit "Geen") and empty both mean no tactic. */
  tactic: z.string().max(80).optional().default('').transform((v) => (v === NO_TACTIC ? '' : v)),
  note: z.string().max(20_000).optional().default(''),
});

export type AnswerPayload = z.infer<typeof answerPayloadSchema>;

export const NOTE_MAX = 1000;

/** Control characters other than tab and line breaks. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
