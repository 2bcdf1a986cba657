import { invokeActivity, messageActivity, TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { personKey } from '../../src/store/keys';

describe('coach data in export and delete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const say = (user: TestUser, text: string) => t.post(messageActivity(user, text, { serviceUrl: t.connector.url }));
  const act = (user: TestUser, verb: string, data: unknown) => t.post(invokeActivity(user, verb, data, { serviceUrl: t.connector.url }));
  const keyOf = (user: TestUser) => personKey(TENANT, user.aadObjectId);
  const coachRowsMentioning = async (user: TestUser) =>
    (await allRows(t.tables)).filter((r) => ['consents', 'coachCodes', 'coachViews'].includes(String(r.table)) && JSON.stringify(r).includes(keyOf(user)));

  async function share(coach: TestUser, coachee: TestUser): Promise<void> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await say(coach, 'coach code')).body)))?.[1];
    await say(coachee, `coach ${code ?? ''}`);
    await act(coachee, 'coachConsent', { code, paradoxes: 'true' });
  }

  /** Coach A sees B and C; B also coaches C; A looks once, B looks once. */
  async function network(base: number): Promise<[TestUser, TestUser, TestUser]> {
    const [a, b, c] = [testUser(base), testUser(base + 1), testUser(base + 2)];
    await share(a, b);
    await share(a, c);
    await share(b, c);
    await say(a, 'coachees');
    await say(b, 'coachees');
    return [a, b, c];
  }

  it('when a person is exported, then consents, codes and views come out in both directions as plain records', async () => {
    const [a, b] = await network(301);
    const coach = t.app.services.coach;
    const consents = await coach.consents.exportFor(keyOf(b));
    expect(consents.map((c) => c.side).sort()).toEqual(['coach', 'coachee']);
    expect(consents.find((c) => c.side === 'coachee')).toMatchObject({ coachKey: keyOf(a), paradoxPositions: true, grantedAt: '2026-03-04T12:00:00.000Z' });
    const codes = await coach.codes.exportFor(keyOf(b));
    expect(codes.map((c) => (c.coachKey === keyOf(b) ? 'issued' : 'used')).sort()).toEqual(['issued', 'used']);
    const views = await coach.views.exportFor(keyOf(b));
    expect(views).toEqual(
      expect.arrayContaining([
        { coacheeKey: keyOf(b), coachKey: keyOf(a), viewedAt: '2026-03-04T12:00:00.000Z' },
        { coacheeKey: keyOf(testUser(303)), coachKey: keyOf(b), viewedAt: '2026-03-04T12:00:00.000Z' },
      ]),
    );
    expect(views).toHaveLength(2);
  });

  it('when a person who both coaches and shares is deleted, then no coach row mentions them and the others keep theirs', async () => {
    const [a, b, c] = await network(311);
    const coach = t.app.services.coach;
    await Promise.all([coach.consents.deleteAllFor(keyOf(b)), coach.codes.deleteAllFor(keyOf(b)), coach.views.deleteAllFor(keyOf(b))]);
    expect(await coachRowsMentioning(b)).toEqual([]);
    expect(await coach.consents.coachesOf(keyOf(c))).toEqual([expect.objectContaining({ coachKey: keyOf(a) })]);
    expect((await coach.views.recentViews(keyOf(c), 10)).map((v) => v.coachKey)).toEqual([keyOf(a)]);
    const seen = JSON.stringify(cardsOf((await say(a, 'coachees')).body));
    expect(seen).toContain(c.name);
    expect(seen).not.toContain(b.name);
  });

  it('when a coach is deleted, then the people who shared with them no longer list them nor their views', async () => {
    const [a, b, c] = await network(321);
    const coach = t.app.services.coach;
    await Promise.all([coach.consents.deleteAllFor(keyOf(a)), coach.codes.deleteAllFor(keyOf(a)), coach.views.deleteAllFor(keyOf(a))]);
    expect(await coachRowsMentioning(a)).toEqual([]);
    expect(await coach.consents.coachesOf(keyOf(b))).toEqual([]);
    expect((await coach.consents.coachesOf(keyOf(c))).map((x) => x.coachKey)).toEqual([keyOf(b)]);
  });
});
