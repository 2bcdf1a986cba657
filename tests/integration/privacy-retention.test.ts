import type { Services } from '../../src/features/services';
import { consentScope } from '../../src/domain/coach-scope';
import { coachWindow } from '../../src/domain/coach-trend';
import { closeDueCheckins } from '../../src/features/checkins/close-due-checkins';
import { claimRetentionRun } from '../../src/store/retention-claim';
import { dailyRetention } from '../../src/features/privacy/retention-tick';
import { seedPeople } from '../support/seed-people';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** 03:10 in Amsterdam (summer time). */
const NOW = new Date('2027-06-10T01:10:00Z');
const justBefore = (days: number) => new Date(NOW.getTime() - days * DAY - MINUTE);
const justAfter = (days: number) => new Date(NOW.getTime() - days * DAY + MINUTE);

/** Rows of each kind on both sides of the cutoffs (30 days; check-ins expire 10 days after their deadline). */
async function seedAround(services: Services, base: number): Promise<string[]> {
  const [key, coach, otherCoach] = await seedPeople(services, base, 3, 'http://127.0.0.1:1');
  if (!key || !coach || !otherCoach) throw new Error('seeding failed');
  for (const [label, at] of [['old', justBefore(30)], ['new', justAfter(30)]] as const) {
    // Both may fall on one local day, which keeps one day's answer: the newer one is an extra question's.
    const deliveryId = `${at.toISOString().slice(0, 10)}_${label === 'old' ? 'reflect' : 'extra'}_${label === 'old' ? '0000000a' : '0000000b'}`;
    await services.answers.save(key, { deliveryId, promptId: 'p', paradoxId: 'x', position: 3, lens: 'ideaaltypen', roleId: 'verbinder', note: `${label} note`, answeredAt: at.toISOString(), localDate: at.toISOString().slice(0, 10) });
    await services.craftNotes.save(key, { month: label === 'old' ? '2027-04' : '2027-05', questionId: 'wq', note: `${label} craft note`, savedAt: at.toISOString() });
    await services.deliveries.tryCreate({ personKey: key, id: deliveryId, kind: 'reflect', localDate: at.toISOString().slice(0, 10), state: 'sent', claimedAt: at.toISOString(), claimedBy: 'test', attempts: 1, snoozes: 0 });
  }
  await services.coach.consents.grant(key, coach, consentScope(false), justBefore(40));
  await services.coach.consents.grant(key, otherCoach, consentScope(false), justBefore(40));
  await services.coach.views.viewAsCoach(coach, coachWindow(justBefore(30)), justBefore(30));
  await services.coach.views.viewAsCoach(coach, coachWindow(justAfter(30)), justAfter(30));
  await services.coach.views.viewAsCoach(otherCoach, coachWindow(justBefore(30)), justBefore(30));
  for (const [label, at] of [['old', justBefore(0)], ['new', justAfter(0)]] as const) {
    const id = `${label === 'old' ? '1' : '2'}${String(base).padStart(12, '0')}-00000000ab`;
    const dueAt = new Date(at.getTime() - 10 * DAY).toISOString();
    const checkin = { conversationKey: `conv-${base}`, id, topicKind: 'dilemma' as const, topicId: 'd', lens: 'ideaaltypen' as const, minimum: 5, notesAllowed: true, locale: 'nl' as const, owner: 'pseudo', tenantId: 't', createdAt: dueAt, dueAt, expiresAt: at.toISOString(), status: 'closed' as const, reference: {} };
    await services.checkins.checkins.create(checkin);
    await services.checkins.checkins.removeFromOpen(checkin);
    await services.checkins.responses.save(id, 'responder-a', { choice: 'a', roleId: 'verbinder' });
    await services.checkins.responses.save(id, 'responder-b', { choice: 'b', roleId: 'verbinder', note: `${label} team note` });
  }
  // Codes live 7 days and are kept a week past expiry. A coach has one unused code (a new one
  // replaces it), so the two codes are of two coaches.
  await services.coach.codes.issue(coach, new Date(NOW.getTime() - 14 * DAY - MINUTE));
  await services.coach.codes.issue(otherCoach, new Date(NOW.getTime() - 14 * DAY + MINUTE));
  const links = services.privacy.personRows.links;
  await links.create('expired-link', key, new Date(NOW.getTime() - MINUTE));
  await links.create('live-link', key, new Date(NOW.getTime() + MINUTE));
  return [key, coach, otherCoach];
}

describe('retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RETENTION_DAYS: '30', CHECKIN_RETENTION_DAYS: '10' });
    t.clock.now = NOW;
  });
  afterAll(async () => t.close());

  it('when retention runs, then exactly the rows older than the retention periods are removed', async () => {
    const [key, coach, otherCoach] = await seedAround(t.app.services, 601);
    const before = await allRows(t.tables);
    expect(await t.app.services.privacy.personRows.sweepRetention(NOW, t.app.services.config.RETENTION_DAYS)).toEqual({ answers: 1, craftNotes: 1, deliveries: 1, coachViews: 2, coachCodes: 1, exportLinks: 1 });
    // Check-ins expire in the scheduler tick, CHECKIN_RETENTION_DAYS after their deadline.
    await closeDueCheckins(t.app.services, NOW);

    const after = await allRows(t.tables);
    const gone = before.filter((b) => !after.some((a) => a.table === b.table && a.partitionKey === b.partitionKey && a.rowKey === b.rowKey));
    const describe = (r: Record<string, unknown>) => `${String(r.table)}:${String(r.note ?? r.claimedAt ?? r.viewedAt ?? r.createdAt ?? r.issuedAt ?? r.partitionKey)}`;
    expect(gone.map(describe).sort()).toEqual(
      [
        `answers:old note`,
        `craftNotes:old craft note`,
        `deliveries:${justBefore(30).toISOString()}`,
        `coachViews:${justBefore(30).toISOString()}`,
        `coachViews:${justBefore(30).toISOString()}`,
        `coachViews:by_${otherCoach}`,
        `checkins:${new Date(justBefore(0).getTime() - 10 * DAY).toISOString()}`,
        'checkins:expire',
        'checkinResponses:old team note',
        `checkinResponses:${'1'.concat(String(601).padStart(12, '0'))}-00000000ab`,
        'privacy:export_expired-link',
        `coachCodes:${new Date(NOW.getTime() - 14 * DAY - MINUTE).toISOString()}`,
      ].sort(),
    );
    expect(after.some((r) => r.table === 'coachViews' && r.partitionKey === `by_${coach}` && r.rowKey === key)).toBe(true);
    expect(await t.app.services.privacy.personRows.sweepRetention(NOW, t.app.services.config.RETENTION_DAYS)).toEqual({ answers: 0, craftNotes: 0, deliveries: 0, coachViews: 0, coachCodes: 0, exportLinks: 0 });
  });

  it('when the scheduler ticks, then retention runs once, in the first tick of 03:00 local time', async () => {
    const services = t.app.services;
    const [key] = await seedPeople(services, 611, 1, 'http://127.0.0.1:1');
    const oldAnswer = (id: string) => services.answers.save(key ?? '', { deliveryId: `2020-01-01_reflect_${id}`, promptId: 'p', paradoxId: 'x', position: 3, lens: 'l', roleId: 'r', answeredAt: '2020-01-01T08:00:00.000Z', localDate: '2020-01-01' });
    const answersLeft = async () => (await allRows(t.tables)).filter((r) => r.table === 'answers' && r.partitionKey === key).length;

    await oldAnswer('0000000c');
    await dailyRetention(services, new Date('2027-06-11T00:59:00Z'));
    expect(await answersLeft()).toBe(1);
    await dailyRetention(services, new Date('2027-06-11T01:00:00Z'));
    expect(await answersLeft()).toBe(0);
    await oldAnswer('0000000d');
    await dailyRetention(services, new Date('2027-06-11T01:30:00Z'));
    expect(await answersLeft()).toBe(1);
    await dailyRetention(services, new Date('2027-06-12T01:01:00Z'));
    expect(await answersLeft()).toBe(0);
  });

  it('when several instances claim the same day, then exactly one runs it', async () => {
    const table = t.tables.table('privacy');
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimRetentionRun(table, '2027-07-01')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimRetentionRun(table, '2027-07-01')).toBe(false);
    expect(await claimRetentionRun(table, '2027-07-02')).toBe(true);
  });
});
