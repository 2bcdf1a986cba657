import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { ERASED_COACH } from '../../src/store/coach-views-repository';

describe('coach data in export and delete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const coachRowsMentioning = async (user: TestUser) =>
    (await allRows(t.tables)).filter((r) => ['consents', 'coachCodes', 'coachViews'].includes(String(r.table)) && JSON.stringify(r).includes(personKeyOf(user)));

  async function share(coach: TestUser, coachee: TestUser): Promise<void> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await t.say(coach, 'coach code')).body)))?.[1];
    await t.say(coachee, `coach ${code ?? ''}`);
    await t.act(coachee, 'coach.consent', { code, paradoxes: 'true' });
  }

  /** Coach A sees B and C; B also coaches C; A looks once, B looks once. */
  async function network(base: number): Promise<[TestUser, TestUser, TestUser]> {
    const [a, b, c] = [testUser(base), testUser(base + 1), testUser(base + 2)];
    await share(a, b);
    await share(a, c);
    await share(b, c);
    await t.say(a, 'coachees');
    await t.say(b, 'coachees');
    return [a, b, c];
  }

  it('when a person is exported, then consents, codes and views come out in both directions as plain records', async () => {
    const [a, b] = await network(301);
    const coach = t.app.services.coach;
    const consents = await coach.consents.exportFor(personKeyOf(b));
    expect(consents.map((c) => c.side).sort()).toEqual(['coach', 'coachee']);
    expect(consents.find((c) => c.side === 'coachee')).toMatchObject({ coachKey: personKeyOf(a), paradoxPositions: true, grantedAt: '2026-03-04T12:00:00.000Z' });
    const codes = await coach.codes.exportFor(personKeyOf(b));
    expect(codes.map((c) => (c.coachKey === personKeyOf(b) ? 'issued' : 'used')).sort()).toEqual(['issued', 'used']);
    const views = await coach.views.exportFor(personKeyOf(b));
    expect(views).toEqual(
      expect.arrayContaining([
        { coacheeKey: personKeyOf(b), coachKey: personKeyOf(a), coachName: a.name, viewedAt: '2026-03-04T12:00:00.000Z' },
        { coacheeKey: personKeyOf(testUser(303)), coachKey: personKeyOf(b), coachName: b.name, viewedAt: '2026-03-04T12:00:00.000Z' },
      ]),
    );
    expect(views).toHaveLength(2);
  });

  it('when a person who both coaches and shares is deleted, then no coach row mentions them and the others keep theirs', async () => {
    const [a, b, c] = await network(311);
    const coach = t.app.services.coach;
    await Promise.all([coach.consents.deleteAllFor(personKeyOf(b)), coach.codes.deleteAllFor(personKeyOf(b)), coach.views.deleteAllFor(personKeyOf(b))]);
    expect(await coachRowsMentioning(b)).toEqual([]);
    expect(await coach.consents.coachesOf(personKeyOf(c))).toEqual([expect.objectContaining({ coachKey: personKeyOf(a) })]);
    // B's look at C stays in C's history, without B's key (the coachee owns the record of who looked).
    expect((await coach.views.recentViews(personKeyOf(c), 10)).map((v) => [v.coachKey, v.coachName]).sort()).toEqual([[ERASED_COACH, b.name], [personKeyOf(a), a.name]].sort());
    const seen = JSON.stringify(cardsOf((await t.say(a, 'coachees')).body));
    expect(seen).toContain(c.name);
    expect(seen).not.toContain(b.name);
  });

  it('when a coach is deleted, then the people who shared with them no longer list them as coach, but still see that they looked', async () => {
    const [a, b, c] = await network(321);
    const coach = t.app.services.coach;
    await Promise.all([coach.consents.deleteAllFor(personKeyOf(a)), coach.codes.deleteAllFor(personKeyOf(a)), coach.views.deleteAllFor(personKeyOf(a))]);
    expect(await coachRowsMentioning(a)).toEqual([]);
    expect(await coach.consents.coachesOf(personKeyOf(b))).toEqual([]);
    expect((await coach.consents.coachesOf(personKeyOf(c))).map((x) => x.coachKey)).toEqual([personKeyOf(b)]);
    expect((await coach.views.recentViews(personKeyOf(b), 10)).map((v) => [v.coachKey, v.coachName])).toEqual([[ERASED_COACH, a.name]]);
  });
});
