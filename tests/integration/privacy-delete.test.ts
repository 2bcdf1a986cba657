import { personKey } from '../../src/store/keys';
import { TABLES, TABLES_WITHOUT_PEOPLE } from '../../src/store/table-names';
import { invokeActivity, TENANT, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { personWithEverything, type PersonWithEverything } from './privacy-fixture';

jest.setTimeout(60_000);

describe('delete everything stored about a person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const act = async (user: TestUser, verb: string, data: unknown) => JSON.stringify(invokeCard((await t.post(invokeActivity(user, verb, data, { serviceUrl: t.connector.url }))).body));
  const mentions = (rows: Record<string, unknown>[], p: PersonWithEverything) =>
    rows.filter((row) => [p.user.aadObjectId, p.key, p.pseudonym, p.starterKey, p.seriesKey, p.seriesId].some((id) => JSON.stringify(row).includes(id)));

  async function confirmationToken(user: TestUser): Promise<string> {
    const card = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    const token = findData(card, 'token');
    if (!token) throw new Error('no confirmation card');
    return token;
  }

  it('when a person confirms, then no row in any table mentions them, and the people around them keep theirs', async () => {
    const p = await personWithEverything(t, 501);
    await t.say(p.user, 'mijn gegevens');
    const before = await allRows(t.tables);
    const tablesWithThem = new Set(mentions(before, p).map((r) => String(r.table)));
    // Every table that can hold something about a person does, so the scan below proves something.
    expect([...tablesWithThem].sort()).toEqual(Object.keys(TABLES).filter((key) => !TABLES_WITHOUT_PEOPLE.includes(key as keyof typeof TABLES)).sort());

    const card = cardsOf((await t.say(p.user, 'verwijder mijn gegevens')).body)[0];
    expect(cardProblems(card)).toEqual([]);
    const shown = JSON.stringify(card);
    for (const item of ['je profiel', 'je antwoorden en notities (1)', 'je geplande vragen', 'wie wanneer keek', 'teamcheck-ins (1)']) expect(shown).toContain(item);
    expect(mentions(await allRows(t.tables), p)).toHaveLength(mentions(before, p).length);

    const done = await act(p.user, 'delete.confirm', { token: findData(card, 'token') });
    expect(done).toContain('Al je gegevens zijn gewist');

    const after = await allRows(t.tables);
    expect(mentions(after, p)).toEqual([]);
    expect(JSON.stringify(after)).not.toContain(p.note);
    expect(JSON.stringify(after)).not.toContain(p.checkinNote);
    const others = [p.coach, p.coachee].map((u) => personKey(TENANT, u.aadObjectId));
    for (const key of others) expect(after.some((r) => r.table === 'people' && r.partitionKey === key)).toBe(true);
    const checkin = after.find((r) => r.table === 'checkins' && r.rowKey === p.checkinId);
    expect(checkin).toMatchObject({ owner: 'erased', status: 'open' });
    expect(after.filter((r) => r.table === 'checkinResponses' && r.partitionKey === p.checkinId)).toHaveLength(1);
    expect(after.filter((r) => r.table === 'checkinResponses' && r.partitionKey === p.answeredCheckinId)).toHaveLength(0);
    // The recurring check-in they set up stopped: nobody could close its check-ins or stop it any more.
    expect(after.filter((r) => r.table === 'checkinSeries' && JSON.stringify(r).includes(p.seriesId))).toEqual([]);
    expect(await t.app.services.coach.consents.coachesOf(others[1] ?? '')).toEqual([]);
  });

  it('when a person cancels, then nothing is deleted', async () => {
    const p = await personWithEverything(t, 511);
    await confirmationToken(p.user);
    const before = mentions(await allRows(t.tables), p).length;
    expect(await act(p.user, 'delete.cancel', {})).toContain('Er is niets gewist');
    expect(mentions(await allRows(t.tables), p)).toHaveLength(before);
  });

  it("when the confirmation token is forged, someone else's, or more than an hour old, then nothing is deleted", async () => {
    const p = await personWithEverything(t, 521);
    const other = await personWithEverything(t, 531);
    const own = await confirmationToken(p.user);
    const theirs = await confirmationToken(other.user);
    const count = async () => (await allRows(t.tables)).length;
    const before = await count();
    const [issued, mac] = own.split('.');
    for (const token of [theirs, `${issued}.${'A'.repeat(43)}`, `${Date.now() + 3_600_000}.${mac}`, '', 42]) {
      expect(await act(p.user, 'delete.confirm', { token })).toMatch(/verlopen of hoort niet bij jou|niet meer geldig/);
    }
    expect(await act(p.user, 'delete.confirm', {})).toContain('niet meer geldig');
    const shown = t.clock.now;
    t.clock.now = new Date(shown.getTime() + 61 * 60_000);
    try {
      expect(await act(p.user, 'delete.confirm', { token: own })).toContain('verlopen');
    } finally {
      t.clock.now = shown;
    }
    expect(await count()).toBe(before);
  });

  it('when delete is confirmed twice, then the second confirmation finds nothing left and still answers kindly', async () => {
    const p = await personWithEverything(t, 541);
    const token = await confirmationToken(p.user);
    expect(await act(p.user, 'delete.confirm', { token })).toContain('gewist');
    expect(await act(p.user, 'delete.confirm', { token })).toContain('gewist');
    // The second turn made a new, empty profile (first contact) and deleted it again.
    expect(mentions(await allRows(t.tables), p)).toEqual([]);
  });
});
