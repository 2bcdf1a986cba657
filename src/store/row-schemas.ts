import { z } from 'zod';
import { KINDS_OF_WORK, LAYERS, LOCALES } from '../content/types';

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

const weekday = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]);

/**
 * A person's settings as the People row holds them (src/domain/person-settings.ts). Loose, so a
 * field written by a newer version survives a save by an older one; optional fields are those
 * older profiles lack (their readers fall back to defaults).
 */
export const personSettingsSchema = z.looseObject({
  days: z.array(weekday),
  time: z.string(),
  timeZone: z.string(),
  locale: z.enum(LOCALES),
  lens: z.string(),
  summaryDay: weekday,
  summaryTime: z.string(),
  skipHolidays: z.boolean(),
  localeChosen: z.boolean().optional(),
  pausedUntil: z.string().optional(),
  reminder: z.object({ enabled: z.boolean(), time: z.string() }).optional(),
  quarterMirror: z.boolean().optional(),
  layer: z.enum(LAYERS).optional(),
  kindsOfWork: z.array(z.enum(KINDS_OF_WORK)).optional(),
  leadsPeople: z.boolean().optional(),
});
