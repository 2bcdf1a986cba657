import type { PrivacyDeps } from './privacy-deps';
import type { Person } from '../../domain/person';

/** How many rows of each kind went; logged (no ids) and asserted in tests. */
interface DeletionReport {
  pendingSends: number;
  deliveries: number;
  answers: number;
  craftNotes: number;
  checkinResponses: number;
  checkinsUnlinked: number;
  /** Recurring check-ins the person set up: stopped. */
  checkinSeries: number;
  exportLinks: number;
}

/**
 * Removes every row about the person from every table. Scheduling goes first, so no prompt is
 * sent halfway; the profile goes last, so a failure halfway leaves the person able to ask again
 * (each step is idempotent). Tables and what covers them:
 * Due (pointers, entries, snoozes), Deliveries, Answers, CraftNotes, Consents (both sides), CoachCodes (codes
 * and tries), CoachViews (about them; their looks as a coach stay in each coachee's history
 * without their key), CheckinResponses (their key per check-in), Checkins (starter key unlinked), CheckinSeries (the series
 * they set up, stopped),
 * Privacy (pending links), Conversations, People. (Instances holds nothing about people.)
 */
export async function deletePerson(services: PrivacyDeps, person: Person): Promise<DeletionReport> {
  const key = person.key;
  const { personRows } = services.privacy;
  const checkinPerson = { secret: services.checkins.secret, tenantId: person.tenantId, aadObjectId: person.aadObjectId };
  const pendingSends = await personRows.deletePendingSends(key);
  const deliveries = await services.deliveries.deleteAll(key);
  const answers = await services.answers.deleteAll(key);
  const craftNotes = await services.craftNotes.deleteAll(key);
  await services.coach.consents.deleteAllFor(key);
  await services.coach.codes.deleteAllFor(key);
  await services.coach.attempts.deleteFor(key, services.now());
  await services.coach.views.deleteAllFor(key);
  const checkins = await personRows.eraseCheckinRows(checkinPerson);
  const exportLinks = await personRows.links.deleteAllFor(key);
  await services.conversations.delete(key);
  await services.people.delete(key);
  return { pendingSends, deliveries, answers, craftNotes, checkinResponses: checkins.responses, checkinsUnlinked: checkins.unlinked, checkinSeries: checkins.seriesStopped, exportLinks };
}
