import { testUser } from '../support/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

const role = (i: number) => ['bureaucraat', 'ondernemer', 'verbinder'][i % 3] ?? 'verbinder';

describe('team check-in results', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('when fewer than the minimum answered, then no distribution and no notes leave the server, whatever the client asks', async () => {
    const flow = new CheckinFlow(t, 'results-few');
    const { checkinId, activityId } = await flow.start(testUser(100));
    await flow.answerAs(checkinId, 101, 4, (i) => ({ choice: 'gesprekken', role: role(i), note: `geheime notitie ${i}` }));
    // Below the minimum the starter is asked first; nothing closes yet.
    const asked = await flow.act(testUser(100), 'checkin.close', { checkinId, showResults: 'true', minimum: '1' });
    expect(asked).toContain('Nog 1 antwoord nodig voor een uitkomst. Toch sluiten?');
    expect((await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId)?.status).toBe('open');
    const closed = await flow.act(testUser(100), 'checkin.close', { checkinId, confirm: 'true', showResults: 'true', minimum: '1' });
    expect(closed).toContain('te weinig antwoorden');
    expect(closed).toContain('4 van minstens 5');
    const refreshed = await flow.act(testUser(101), 'checkin.refresh', { checkinId, tooFew: false, minimum: 0 });
    const shared = flow.updatesOf(activityId).at(-1) ?? '';
    for (const text of [closed, refreshed, shared]) {
      expect(text).toContain('te weinig antwoorden');
      expect(text).not.toContain('geheime notitie');
      expect(text).not.toMatch(/\d+ ?%/);
      expect(text).not.toContain('Chart.Donut');
    }
  });

  it('when the minimum is met, then percentages show; from 10 answers also counts and notes', async () => {
    const flow = new CheckinFlow(t, 'results-enough');
    const { checkinId, activityId } = await flow.start(testUser(110));
    await flow.answerAs(checkinId, 111, 5, (i) => ({ choice: i < 3 ? 'gesprekken' : 'accepteren', role: 'verbinder', ...(i < 2 ? { note: `Notitie ${i}` } : {}) }));
    const closed = await flow.act(testUser(110), 'checkin.close', { checkinId });
    expect(closed).toContain('5 antwoorden');
    expect(closed).toContain('"value":"60 %"');
    // Two people chose 'accepteren': fewer than 3, so it reads like an option nobody chose.
    expect(closed).toContain('{"title":"Ik leg me erbij neer: het is de keuze van mijn directeur","value":"minder dan 3"}');
    expect(closed).toContain('{"title":"Verbinder","value":"100 %"}');
    expect(closed).not.toContain('Notitie 0');
    expect(closed).toContain('Notities verschijnen pas vanaf 10 antwoorden');
    expect(flow.updatesOf(activityId).at(-1)).toContain('"value":"60 %"');

    const larger = new CheckinFlow(t, 'results-ten');
    const ten = await larger.start(testUser(110));
    await larger.answerAs(ten.checkinId, 150, 10, (i) => ({ choice: i < 7 ? 'gesprekken' : 'accepteren', role: role(i), ...(i < 2 ? { note: `Notitie ${i}` } : {}) }));
    const big = await larger.act(testUser(110), 'checkin.close', { checkinId: ten.checkinId });
    expect(big).toContain('"value":"70 % (7)"');
    expect(big).toContain('"value":"30 % (3)"');
    // The role donut in the roles' own colours (docs/palette.md): the Verbinder is always turquoise.
    expect(big).toContain('"type":"Chart.Donut"');
    expect(big).toMatch(/"legend":"Verbinder","value":\d+,"color":"categoricalTeal"/);
    expect(big).toContain('Notitie 0');
    expect(big).toContain('Notitie 1');
  });

  it('when a member answers twice, then the answer counts once and the latest is kept', async () => {
    const flow = new CheckinFlow(t, 'results-twice');
    const { checkinId } = await flow.start(testUser(120));
    const member = testUser(121);
    await flow.act(member, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'bureaucraat' });
    const second = await flow.act(member, 'checkin.answer', { checkinId, choice: 'zelf-melden', role: 'ondernemer', note: 'toch anders' });
    expect(second).toContain('1 antwoord tot nu toe');
    expect(second).toContain('Je kunt het wijzigen tot de sluitingstijd');
    const responses = await flow.responsesTo(checkinId);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ choice: 'zelf-melden', roleId: 'ondernemer', note: 'toch anders' });
  });

  it('when a burst of answers arrives, then the shared card moves at most once a window and ends at the latest count', async () => {
    const flow = new CheckinFlow(t, 'results-burst');
    const { checkinId, activityId } = await flow.start(testUser(130));
    const started = Date.now();
    await Promise.all(Array.from({ length: 6 }, (_, i) => flow.act(testUser(131 + i), 'checkin.answer', { checkinId, choice: 'gesprekken', role: role(i) })));
    // The count every view shows moves at most once per 3 seconds: after one window it takes in the whole burst.
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await t.app.services.checkins.counters.flushAll();
    const burstMs = Date.now() - started;
    const updates = flow.updatesOf(activityId);
    expect(updates.length).toBeLessThanOrEqual(2 + Math.floor(burstMs / 3000));
    expect(updates.at(-1)).toContain('6 antwoorden tot nu toe');
  });

  it('when payloads are forged or invalid, then a friendly card answers and nothing is written', async () => {
    const flow = new CheckinFlow(t, 'results-invalid');
    const { checkinId } = await flow.start(testUser(140), { notes: 'false' });
    const member = testUser(141);
    const attempts = [
      { checkinId, choice: 'iets-anders', role: 'verbinder' },
      { checkinId, choice: 'accepteren', role: 'catalysator' },
      { checkinId, choice: 'accepteren', role: 'verbinder', note: 'notities staan uit' },
      { checkinId: '0000000000000-0000000000', choice: 'accepteren', role: 'verbinder' },
      { checkinId: 'x'.repeat(5000), choice: 'accepteren', role: 'verbinder' },
    ];
    for (const data of attempts) expect(await flow.act(member, 'checkin.answer', data)).toMatch(/kon ik niet verwerken|bestaat niet/);
    const withNotes = await flow.start(testUser(142));
    for (const note of ['x'.repeat(281), 'regel\nregel', 'bel\u0007']) {
      expect(await flow.act(member, 'checkin.answer', { checkinId: withNotes.checkinId, choice: 'accepteren', role: 'verbinder', note })).toContain('kon ik niet verwerken');
    }
    expect(await flow.responsesTo(checkinId)).toHaveLength(0);
    expect(await flow.responsesTo(withNotes.checkinId)).toHaveLength(0);
  });
});
