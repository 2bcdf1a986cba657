import { z } from 'zod';

/**
 * The parts of the JSON export (src/privacy/person-export.ts, format `positie-export/1`) that the
 * readable page shows. Read with a schema, not cast: the page is built from stored rows, and a row
 * of an unexpected shape must leave a section out, never break the page.
 */
const answer = z.object({
  paradoxId: z.string(),
  position: z.number(),
  lens: z.string(),
  roleId: z.string(),
  tacticId: z.string().optional(),
  note: z.string().optional(),
  answeredAt: z.string(),
  localDate: z.string(),
});

const consent = z.object({
  side: z.enum(['coachee', 'coach']),
  coacheeKey: z.string(),
  coachKey: z.string(),
  paradoxPositions: z.boolean().optional(),
  grantedAt: z.string(),
  revokedAt: z.string().optional(),
});

const view = z.object({ coacheeKey: z.string(), coachKey: z.string(), viewedAt: z.string() });

const settings = z.object({
  days: z.array(z.number()),
  time: z.string(),
  timeZone: z.string(),
  locale: z.enum(['nl', 'en']),
  lens: z.string(),
  summaryDay: z.number(),
  summaryTime: z.string(),
  skipHolidays: z.boolean(),
  pausedUntil: z.string().optional(),
});

export const personExportSchema = z.object({
  format: z.string(),
  exportedAt: z.string(),
  profile: z.object({ key: z.string(), name: z.string(), createdAt: z.string() }),
  settings,
  answers: z.array(answer),
  craftNotes: z.array(z.object({ month: z.string(), questionId: z.string(), note: z.string(), savedAt: z.string() })).catch([]),
  deliveries: z.array(z.object({ kind: z.string(), localDate: z.string(), state: z.string(), skipped: z.boolean().optional() })).catch([]),
  pendingSends: z.array(z.object({ kind: z.string(), dueAt: z.string() })).catch([]),
  coaching: z.object({ consents: z.array(consent).catch([]), views: z.array(view).catch([]) }).catch({ consents: [], views: [] }),
  teamCheckins: z
    .object({
      responses: z.array(z.object({ checkinId: z.string(), choice: z.string(), roleId: z.string(), note: z.string().optional() })).catch([]),
      started: z.array(z.object({ checkinId: z.string(), topicKind: z.string(), topicId: z.string(), createdAt: z.string(), status: z.string() })).catch([]),
    })
    .catch({ responses: [], started: [] }),
});

export type PersonExportView = z.infer<typeof personExportSchema>;

/** The export as the page reads it; undefined when its core (profile, settings, answers) is not there. */
export function readPersonExport(data: unknown): PersonExportView | undefined {
  const parsed = personExportSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
