import { testUser, TENANT, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { invokeActivity } from '../support/activities';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { closeDueCheckins } from '../../src/features/checkins/close-due-checkins';
import { frozenResultOf, serializeResult } from '../../src/domain/checkin-result';
import { CheckinsRepository } from '../../src/store/checkins-repository';
import type { Checkin } from '../../src/domain/checkin';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

/** Promises of team check-ins that must hold against whoever can read the tables or erase data. */
describe('trust in team check-ins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const personal = async (user: TestUser, verb: string, data: unknown) => JSON.stringify(invokeCard((await t.post(invokeActivity(user, verb, data, { serviceUrl: t.connector.url }))).body));

  /** "Delete my data" as the person does it: the command, then the confirmation card. */
  async function erase(user: TestUser): Promise<void> {
    const card = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    expect(await personal(user, 'delete.confirm', { token: findData(card, 'token') })).toContain('Al je gegevens zijn gewist');
  }

  it('when a member erases their data after the close, then the shown result does not change', async () => {
    const flow = new CheckinFlow(t, 'trust-frozen');
    const starter = testUser(900);
    const { checkinId, activityId } = await flow.start(starter, { minimum: '5' });
    const members = Array.from({ length: 6 }, (_, i) => testUser(901 + i));
    for (const member of members) await t.say(member, 'hulp');
    // Five choose 'gesprekken' as Verbinder; the sixth alone chose 'accepteren' as Bureaucraat, with a note.
    for (const [i, member] of members.entries()) {
      await flow.act(member, 'checkin.answer', { checkinId, ...(i === 5 ? { choice: 'accepteren', role: 'bureaucraat', note: 'alleen ik dacht dit' } : { choice: 'gesprekken', role: 'verbinder' }) });
    }
    const closed = await flow.act(starter, 'checkin.close', { checkinId });
    expect(closed).toContain('6 antwoorden');
    expect(closed).toContain('"value":"83 %"');
    // Alone in their choice and role, with a note: nothing of it shows (notes from 10 answers).
    expect(closed).not.toContain('17 %');
    expect(closed).not.toContain('alleen ik dacht dit');
    const trendBefore = JSON.stringify(cardsOf((await flow.say(starter, 'check-in trend')).body));
    expect(trendBefore).toContain('83 %');

    await erase(members[5] ?? starter);
    await erase(members[4] ?? starter);
    await erase(members[3] ?? starter);

    // The answer rows of the erased members are gone from the table...
    const responses = (await allRows(t.tables)).filter((r) => r.table === 'checkinResponses' && r.partitionKey === checkinId);
    expect(responses).toHaveLength(3);
    expect(JSON.stringify(responses)).not.toContain('alleen ik dacht dit');
    // ...but every later view shows the result frozen at closing: refresh, an answer attempt, the
    // shared card posted again by the closer, and the team trend.
    const refreshed = await flow.act(members[0] ?? starter, 'checkin.refresh', { checkinId });
    const answered = await flow.act(members[1] ?? starter, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'ondernemer' });
    const closedAgain = await flow.act(starter, 'checkin.close', { checkinId });
    for (const card of [refreshed, answered, closedAgain]) expect(card).toBe(closed);
    // A crash between closing and unlisting: the next tick posts the results again, the frozen ones.
    const conversationKey = String((await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId)?.partitionKey);
    await t.tables.table('checkins').upsertEntity({ partitionKey: 'open', rowKey: `2000-01-01T00:00:00.000Z_${checkinId}`, conversationKey, id: checkinId }, 'Replace');
    const updates = flow.updatesOf(activityId).length;
    await closeDueCheckins(t.app.services, new Date());
    expect(flow.updatesOf(activityId)).toHaveLength(updates + 1);
    const reposted = flow.updatesOf(activityId).at(-1) ?? '';
    for (const part of ['6 antwoorden', '"value":"83 %"', '"value":"minder dan 3"']) expect(reposted).toContain(part);
    expect(reposted).not.toContain('alleen ik dacht dit');
    expect(JSON.stringify(cardsOf((await flow.say(starter, 'check-in trend')).body))).toBe(trendBefore);
  });

  it('when the same person answers two check-ins, then no stored value links the two', async () => {
    const person = testUser(950);
    const starter = testUser(951);
    const third = testUser(952);
    await t.say(person, 'hulp');
    const flows = [new CheckinFlow(t, 'trust-link-a'), new CheckinFlow(t, 'trust-link-b')];
    const ids: string[] = [];
    for (const flow of flows) {
      const { checkinId } = await flow.start(starter);
      ids.push(checkinId);
      await flow.act(person, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' });
      await flow.act(third, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' });
    }
    const own = new CheckinFlow(t, 'trust-link-own');
    const started = (await own.start(person)).checkinId;
    const rows = (await allRows(t.tables)).filter((r) => r.table === 'checkins' || r.table === 'checkinResponses');
    const rowsOf = (id: string) => rows.filter((r) => r.partitionKey === id || r.rowKey === id);
    // Every key-like value (ids, keys, hashes) stored with each check-in, apart from the tenant and
    // what both check-ins share by their set-up (topic, times of the test clock, the channel reference).
    const valuesOf = (id: string) =>
      new Set(
        rowsOf(id)
          .flatMap((r) => Object.entries(r).filter(([k]) => !['table', 'timestamp', 'etag', 'odata.etag', 'reference', 'tenantId', 'topicId', 'createdAt', 'dueAt', 'expiresAt', 'shownAt'].includes(k)).map(([, v]) => v))
          .filter((v): v is string => typeof v === 'string' && v.length >= 16 && v !== TENANT),
      );
    const [a, b] = [valuesOf(ids[0] ?? ''), valuesOf(ids[1] ?? '')];
    expect(a.size).toBeGreaterThanOrEqual(3);
    expect([...a].filter((v) => b.has(v))).toEqual([]);
    for (const id of ids) {
      const checkin = rows.find((r) => r.table === 'checkins' && r.rowKey === id);
      const responseKeys = rows.filter((r) => r.table === 'checkinResponses' && r.partitionKey === id).map((r) => r.rowKey);
      expect(responseKeys).toHaveLength(2);
      // The starter's key is never one of the response keys.
      expect(responseKeys).not.toContain(checkin?.owner);
    }
    expect(JSON.stringify(rows)).not.toContain(person.aadObjectId);

    // The server can still find them: erasure removes the person's answers and unlinks what they started.
    await erase(person);
    const after = (await allRows(t.tables)).filter((r) => r.table === 'checkins' || r.table === 'checkinResponses');
    for (const id of ids) {
      expect(after.filter((r) => r.table === 'checkinResponses' && r.partitionKey === id)).toHaveLength(1);
      expect(after.find((r) => r.table === 'checkins' && r.rowKey === id)?.owner).not.toBe('erased');
    }
    expect(after.find((r) => r.table === 'checkins' && r.rowKey === started)).toMatchObject({ owner: 'erased' });
  });

  it('when a closed check-in has more notes than one table column holds, then the whole result is stored and read back', async () => {
    const repository = new CheckinsRepository(t.tables.table('checkins'));
    const checkin: Checkin = { conversationKey: 'conv-trust-many', id: '0000000000001-00000000aa', topicKind: 'dilemma', topicId: 'rapport-in-de-la', lens: 'ideaaltypen', minimum: 5, notesAllowed: true, locale: 'nl', owner: 'x', tenantId: TENANT, createdAt: '2026-03-01T10:00:00.000Z', dueAt: '2026-03-03T10:00:00.000Z', expiresAt: '2026-09-01T10:00:00.000Z', status: 'open', reference: {} };
    expect(await repository.create(checkin)).toBe(true);
    const stored = await repository.get(checkin.conversationKey, checkin.id);
    // ASCII on purpose: Azurite joins request chunks as strings (serializer.js readRequestIntoText),
    // so a multi-byte character split across two TCP chunks arrives broken there, not in Azure.
    // The column limit counts UTF-16 units, so the split is tested the same either way.
    const notes = Array.from({ length: 400 }, (_, i) => `${i} ${'e'.repeat(270)}`);
    const result = { count: 400, tooFew: false as const, distribution: [{ id: 'accepteren', few: false as const, count: 400, percent: 100 }], roleShares: [{ id: 'verbinder', few: false as const, count: 400, percent: 100 }], notes };
    expect(serializeResult(result).length).toBeGreaterThan(100_000);
    expect(await repository.markClosed(stored ?? checkin, { closedAt: '2026-03-03T10:00:00.000Z', closedBy: 'deadline', count: 400, result: serializeResult(result) })).toBe(true);
    const row = (await allRows(t.tables)).find((r) => r.table === 'checkins' && r.rowKey === checkin.id) ?? {};
    expect(Object.keys(row).filter((k) => /^result\d*$/.test(k)).length).toBeGreaterThan(3);
    const closed = await repository.get(checkin.conversationKey, checkin.id);
    expect(frozenResultOf(closed?.result, closed?.count)).toEqual(result);
  });
});
