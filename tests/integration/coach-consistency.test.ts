import { personKeyOf, testUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { consentScope } from '../../src/domain/coach-scope';

/** What the coach sees when a grant or a stop was interrupted between its two writes. */
describe('coach consents after an interrupted write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const consentRows = async () => (await allRows(t.tables)).filter((r) => r.table === 'consents');
  const consents = () => t.tables.table('consents');

  it('when a grant stopped after the mirror row, then the coach sees no one, is told nothing, and the row is cleaned up', async () => {
    const [coach, coachee] = [testUser(401), testUser(402)];
    await t.say(coachee, 'hulp');
    await consents().upsertEntity({ partitionKey: `coach_${personKeyOf(coach)}`, rowKey: personKeyOf(coachee), grantedAt: new Date().toISOString() });
    const card = JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body));
    expect(card).toContain('Nog niemand deelt trends met je');
    expect(card).not.toContain(coachee.name);
    expect((await consentRows()).filter((r) => JSON.stringify(r).includes(personKeyOf(coach)))).toEqual([]);
    expect((await allRows(t.tables)).filter((r) => r.table === 'coachViews')).toEqual([]);
  });

  it("when a stop ended after the person's own row, then the coach no longer sees them and is told once", async () => {
    const [coach, coachee] = [testUser(403), testUser(404)];
    await t.say(coachee, 'hulp');
    await t.app.services.coach.consents.grant(personKeyOf(coachee), personKeyOf(coach), consentScope(false), new Date());
    await consents().upsertEntity({ partitionKey: personKeyOf(coachee), rowKey: personKeyOf(coach), grantedAt: new Date().toISOString(), revokedAt: new Date().toISOString() }, 'Replace');
    const first = JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body));
    expect(first).toContain(`${coachee.name} deelt niet meer met je.`);
    expect(first).not.toContain('Chart.VerticalBar.Grouped');
    expect(JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body))).not.toContain(coachee.name);
    expect((await allRows(t.tables)).filter((r) => r.table === 'coachViews')).toEqual([]);
  });
});
