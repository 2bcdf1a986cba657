import { closeDueCheckins } from '../../src/features/checkins/close-due-checkins';
import { formatMoment } from '../../src/features/checkins/checkin-views';
import { messageActivity, testUser } from '../support/activities';
import { cardsOf, findData } from '../support/card-reading';
import { replies, startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

const HOUR = 3600_000;

describe('team check-in lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  /** One scheduler tick at `at` through local time travel; resolves with the check-ins it closed. */
  async function tick(at: Date): Promise<number> {
    const response = await fetch(`${t.baseUrl}/dev/tick?at=${encodeURIComponent(at.toISOString())}`, { method: 'POST' });
    expect(response.status).toBe(200);
    return ((await response.json()) as { checkinsClosed: number }).checkinsClosed;
  }

  it('when someone else submits the start card, then they are politely refused and no check-in starts', async () => {
    const flow = new CheckinFlow(t, 'life-start');
    const setup = cardsOf((await flow.say(testUser(200), 'check-in')).body)[0];
    expect(JSON.stringify(setup)).toContain('alleen om de check-in in te stellen');
    const token = findData(setup, 'token');
    const refused = await flow.act(testUser(201), 'checkin.start', { token, topic: 'p:vak-baas', lens: 'leiderschap', hours: '24', minimum: '5', notes: 'false' });
    expect(refused).toContain('Alleen wie **check-in** typte');
    expect((await flow.checkinRows()).filter((r) => r.table === 'checkins')).toHaveLength(0);
  });

  it('when the starter submits the start card twice, then one check-in is posted', async () => {
    const flow = new CheckinFlow(t, 'life-twice');
    const setup = cardsOf((await flow.say(testUser(205), 'check-in')).body)[0];
    const data = { token: findData(setup, 'token'), topic: 'p:vak-baas', lens: 'leiderschap', hours: '24', minimum: '7', notes: 'false' };
    expect(await flow.act(testUser(205), 'checkin.start', data)).toContain('De check-in staat in het gesprek');
    expect(await flow.act(testUser(205), 'checkin.start', data)).toContain('al gestart');
    const posted = t.connector.sentTo(flow.conversationId).filter((a) => JSON.stringify(a).includes('checkin.answer'));
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0])).toContain('Catalysator');
    expect(JSON.stringify(posted[0])).toContain('minstens 7 antwoorden');
  });

  it('when someone other than the starter closes, then they get a polite refusal and the check-in stays open', async () => {
    const flow = new CheckinFlow(t, 'life-close');
    const { checkinId } = await flow.start(testUser(210));
    const refused = await flow.act(testUser(211), 'checkin.close', { checkinId });
    expect(refused).toContain('Alleen wie deze check-in startte kan hem sluiten');
    const row = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    expect(row?.status).toBe('open');
    expect(await flow.act(testUser(210), 'checkin.close', { checkinId })).toContain('Nog 5 antwoorden nodig');
    expect(await flow.act(testUser(210), 'checkin.close', { checkinId, confirm: 'true' })).toContain('Gesloten door de starter');
  });

  it('when the deadline passes, then a scheduler tick (POST /dev/tick) closes the check-in and the shared card shows the results', async () => {
    const flow = new CheckinFlow(t, 'life-deadline', 'groupChat');
    const { checkinId, activityId } = await flow.start(testUser(220), { hours: '24' });
    await flow.answerAs(checkinId, 221, 2, () => ({ choice: 'accepteren', role: 'verbinder' }));
    const startedAt = t.clock.now;
    expect(await tick(new Date(startedAt.getTime() + 23 * HOUR))).toBe(0);
    t.clock.now = new Date(startedAt.getTime() + 24 * HOUR + 60_000);
    expect(await tick(t.clock.now)).toBeGreaterThanOrEqual(1);
    expect((await flow.checkinRows()).find((r) => r.rowKey === checkinId)).toMatchObject({ status: 'closed', closedBy: 'deadline', count: 2 });
    expect(flow.updatesOf(activityId).at(-1)).toContain('Gesloten op de sluitingstijd');
    expect(flow.updatesOf(activityId).at(-1)).toContain('te weinig antwoorden');
    expect(await tick(t.clock.now)).toBe(0);
    expect(await flow.act(testUser(223), 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' })).toContain('Uitkomst teamcheck-in');
    t.clock.now = startedAt;
  });

  it('when the retention period has passed, then a tick deletes the check-in and its answers', async () => {
    const flow = new CheckinFlow(t, 'life-retention');
    const { checkinId } = await flow.start(testUser(225), { hours: '24' });
    await flow.answerAs(checkinId, 226, 2, () => ({ choice: 'accepteren', role: 'verbinder', note: 'weg ermee' }));
    const startedAt = t.clock.now;
    const retentionMs = t.config.CHECKIN_RETENTION_DAYS * 24 * HOUR;
    await closeDueCheckins(t.app.services, new Date(startedAt.getTime() + 24 * HOUR + retentionMs - 60_000));
    expect(await flow.responsesTo(checkinId)).toHaveLength(2);
    await closeDueCheckins(t.app.services, new Date(startedAt.getTime() + 24 * HOUR + retentionMs + 60_000));
    const left = JSON.stringify(await flow.checkinRows());
    expect(left).not.toContain(checkinId);
    expect(left).not.toContain('weg ermee');
  });

  it('when the team asks for its trend, then only closed check-ins that met the minimum are shown', async () => {
    const flow = new CheckinFlow(t, 'life-trend');
    const few = await flow.start(testUser(230), { topic: 'd:groen-licht' });
    await flow.answerAs(few.checkinId, 231, 2, () => ({ choice: 'kwaliteit', role: 'verbinder' }));
    await flow.act(testUser(230), 'checkin.close', { checkinId: few.checkinId, confirm: 'true' });
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const enough = await flow.start(testUser(230));
    await flow.answerAs(enough.checkinId, 240, 5, (i) => ({ choice: i < 4 ? 'gesprekken' : 'accepteren', role: 'verbinder' }));
    await flow.act(testUser(230), 'checkin.close', { checkinId: enough.checkinId });
    const trend = JSON.stringify(cardsOf((await flow.say(testUser(250), 'check-in trend')).body));
    expect(trend).toContain('Het rapport in de la');
    expect(trend).toContain('(80 %)');
    expect(trend).toContain('Verbinder 100 %');
    expect(trend).not.toContain('Groen licht of niet');
  });

  it('when the starter closes below the minimum, then they are asked first and can keep it open a day longer instead', async () => {
    const flow = new CheckinFlow(t, 'life-extend');
    const starter = testUser(270);
    const setup = cardsOf((await flow.say(starter, 'check-in')).body)[0];
    // The setup card turns into a confirmation only the starter sees, with the close button on it.
    const started = await flow.act(starter, 'checkin.start', { token: findData(setup, 'token'), topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '24', minimum: '5', notes: 'false' });
    expect(started).toContain('"title":"Check-in sluiten"');
    const checkinId = findData(JSON.parse(started), 'checkinId') ?? '';
    const activityId = `activity-${t.connector.sent.findIndex((s) => s.conversationId === flow.conversationId && !s.updatedId) + 1}`;
    await flow.answerAs(checkinId, 271, 2, () => ({ choice: 'accepteren', role: 'verbinder' }));
    // The shared card has no close button (it cannot know who looks); the starter's own view has it, a member's not.
    expect(t.connector.sentTo(flow.conversationId).map((a) => JSON.stringify(a)).join()).not.toContain('checkin.close');
    expect(await flow.act(starter, 'checkin.refresh', { checkinId })).toContain('"title":"Check-in sluiten"');
    expect(await flow.act(testUser(271), 'checkin.refresh', { checkinId })).not.toContain('checkin.close');

    const asked = await flow.act(starter, 'checkin.close', { checkinId });
    expect(asked).toContain('Nog 3 antwoorden nodig voor een uitkomst. Toch sluiten?');
    expect(await flow.act(testUser(271), 'checkin.extend', { checkinId })).toContain('Alleen wie deze check-in startte');
    const before = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    const extended = await flow.act(starter, 'checkin.extend', { checkinId });
    expect(extended).toContain('De check-in blijft open tot');
    const after = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    expect(Date.parse(String(after?.dueAt)) - Date.parse(String(before?.dueAt))).toBe(24 * HOUR);
    expect(after?.status).toBe('open');
    await t.app.services.checkins.counters.flushAll();
    expect(flow.updatesOf(activityId).at(-1)).toContain(`Sluit ${formatMoment(String(after?.dueAt), 'nl', t.config.DEFAULT_TIME_ZONE)}`);
    // The old deadline passes: still open. The new one: closed.
    await tick(new Date(Date.parse(String(before?.dueAt)) + 60_000));
    expect((await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId)?.status).toBe('open');
    expect(await tick(new Date(Date.parse(String(after?.dueAt)) + 60_000))).toBeGreaterThanOrEqual(1);
    expect((await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId)).toMatchObject({ status: 'closed', closedBy: 'deadline' });
  });

  it('a check-in is kept open two weeks at most, however often it is extended', async () => {
    const flow = new CheckinFlow(t, 'life-extend-max');
    const { checkinId } = await flow.start(testUser(275), { hours: '168' });
    const answers: string[] = [];
    for (let i = 0; i < 8; i += 1) answers.push(await flow.act(testUser(275), 'checkin.extend', { checkinId }));
    expect(answers.filter((a) => a.includes('De check-in blijft open tot'))).toHaveLength(7);
    expect(answers.at(-1)).toContain('Langer kan niet: een check-in staat hoogstens twee weken open.');
  });

  it('when a person types check-in in personal chat, then Positie points to a team channel', async () => {
    const response = await t.post(messageActivity(testUser(260), 'check-in', { serviceUrl: t.connector.url }));
    expect(JSON.stringify(replies(response.body))).toContain('teamkanaal of groepschat');
  });

  it('no check-in row contains an aadObjectId, a name or a conversation member id', async () => {
    const rows = JSON.stringify(await new CheckinFlow(t, 'life-rows').checkinRows());
    expect(rows.length).toBeGreaterThan(1000);
    for (let n = 200; n < 261; n += 1) {
      const user = testUser(n);
      expect(rows).not.toContain(user.aadObjectId);
      expect(rows).not.toContain(user.name);
      expect(rows).not.toMatch(new RegExp(`"${user.id}"|${user.id}[^0-9]`));
    }
  });
});
