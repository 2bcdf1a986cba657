import { z } from 'zod';

/**
 * Schemas of the JSON stored in table columns, read back through `parseJsonColumn`. Loose where
 * the SDK's shapes carry more than Positie reads (a conversation reference), strict otherwise.
 */
const account = z.looseObject({ id: z.string(), name: z.string().optional(), aadObjectId: z.string().optional() });

export const conversationRefSchema = z.looseObject({
  serviceUrl: z.string().optional(),
  channelId: z.string().optional(),
  conversation: z.looseObject({ id: z.string(), conversationType: z.string().optional(), tenantId: z.string().optional(), isGroup: z.boolean().optional(), name: z.string().optional() }).optional(),
  bot: account.optional(),
  user: account.optional(),
});

/** Coach-code tries within the window (src/domain/code-attempts.ts). */
export const attemptsSchema = z.array(z.object({ id: z.string(), at: z.string() }));
