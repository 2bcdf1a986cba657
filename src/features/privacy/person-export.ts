import type { PrivacyDeps } from './privacy-deps';
import type { PersonExportView } from '../../cards/export-data';
import type { Person } from '../../domain/person';

const EXPORT_FORMAT = 'positie-export/1';

/**
 * Everything stored about one person, read from every table, as plain JSON: the answer to a
 * data-subject access request. Other people appear only by the keys stored in the person's own
 * rows (a coach's key in a consent), never with their answers.
 */
export async function buildPersonExport(services: PrivacyDeps, person: Person): Promise<Record<string, unknown>> {
  const key = person.key;
  const checkinPerson = { secret: services.checkins.secret, tenantId: person.tenantId, aadObjectId: person.aadObjectId };
  const { personRows } = services.privacy;
  const [conversation, answers, craftNotes, deliveries, pending, consents, codes, codeAttempts, views, checkins, exportLinks] = await Promise.all([
    services.conversations.get(key),
    services.answers.listBetween(key, '0000-01-01', '9999-12-31'),
    services.craftNotes.listFor(key),
    services.deliveries.listForPerson(key),
    personRows.pendingSendsOf(key),
    services.coach.consents.exportFor(key),
    services.coach.codes.exportFor(key),
    services.coach.attempts.exportFor(key),
    services.coach.views.exportFor(key),
    personRows.checkinRowsOf(checkinPerson),
    personRows.links.pendingOf(key),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: services.now().toISOString(),
    about: {
      nl: 'Alles wat Positie over je bewaart. Sleutels als "tenant_objectid" zijn hoe Positie personen in de opslag aanduidt.',
      en: 'Everything Positie keeps about you. Keys like "tenant_objectid" are how Positie refers to people in storage.',
    },
    profile: { key, tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name, active: person.active, createdAt: person.createdAt, recentPrompts: person.promptHistory ?? [] },
    settings: person.settings,
    conversationReference: conversation ?? null,
    answers,
    /** The monthly vakmanschap reflections: question id and what the person wrote. */
    craftNotes,
    deliveries: deliveries.map(({ etag: _etag, ...delivery }) => delivery),
    pendingSends: pending,
    coaching: { consents, codes, codeAttempts: codeAttempts ?? null, views },
    teamCheckins: { responses: checkins.responses, started: checkins.started, series: checkins.series },
    /** Download links handed out and not used yet (at most one pair): when each expires. */
    exportLinks,
  };
}

/**
 * Display names for the readable export: the coaches and coachees named in the person's own
 * consents (people they chose to share with), read from their profiles. A key without a profile
 * stays unnamed.
 */
export async function exportNames(services: PrivacyDeps, view: PersonExportView): Promise<Record<string, string>> {
  const keys = new Set(view.coaching.consents.flatMap((c) => [c.coachKey, c.coacheeKey]));
  keys.delete(view.profile.key);
  const entries = await Promise.all([...keys].map(async (key) => [key, (await services.people.get(key))?.name] as const));
  return Object.fromEntries(entries.filter((e): e is readonly [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}
