import { closeDueCheckins } from '../../src/features/checkins/close-due-checkins';
import { testUser } from '../support/activities';
import { cardsOf, choicesOf, findData } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

/**
 * A check-in must hold against the people in it: a lead and a few colleagues who tell each other
 * what they answered must not learn the choice, role or note of the one person left over.
 */
describe('team check-ins against colluders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const lead = testUser(1300);
  const colleagues = [testUser(1301), testUser(1302), testUser(1303)];
  const fifth = testUser(1304);
  const together = { choice: 'gesprekken', role: 'verbinder' };
  const alone = { choice: 'zelf-melden', role: 'ondernemer', note: 'ik stap zelf naar de wethouder' };
  const aloneLabels = ['Ik zorg er zelf voor dat het rapport bij de wethouder komt', 'Ondernemer'];

  /** The fifth person's choice, role and note in a card, other than as an option offered to everyone. */
  const revealsFifth = (card: string): string[] => {
    const found: string[] = [];
    if (card.includes(alone.note)) found.push('note');
    for (const label of aloneLabels) {
      const fact = new RegExp(`"title":"${label}","value":"([^"]*)"`).exec(card)?.[1];
      if (fact !== undefined && fact !== 'minder dan 3') found.push(`${label}: ${fact}`);
    }
    if (/20 ?%|\(1\)/.test(card)) found.push('a share of one person');
    return found;
  };

  it('when the lead and 3 colleagues answer one way and a fifth another with a note, then the closed result shows nothing of the fifth', async () => {
    const flow = new CheckinFlow(t, 'collusion-five');
    const { checkinId } = await flow.start(lead, { minimum: '5', notes: 'true' });
    // The lead tries to answer their own check-in: refused, with their starter view; nothing is stored.
    const own = await flow.act(lead, 'checkin.answer', { checkinId, ...together });
    expect(own).toContain('Je beantwoordt hem niet zelf');
    expect(own).not.toContain('"id":"choice"');
    for (const colleague of colleagues) await flow.act(colleague, 'checkin.answer', { checkinId, ...together });
    await flow.act(fifth, 'checkin.answer', { checkinId, ...alone });
    expect(await flow.responsesTo(checkinId)).toHaveLength(4);

    // Four answers of others than the lead: one short. The lead is asked before anything closes.
    expect(await flow.act(lead, 'checkin.close', { checkinId })).toContain('Nog 1 antwoord nodig');
    const closed = await flow.act(lead, 'checkin.close', { checkinId, confirm: 'true' });
    expect(closed).toContain('te weinig antwoorden om de uitkomst anoniem te tonen (4 van minstens 5)');
    expect(revealsFifth(closed)).toEqual([]);
    expect(closed).not.toContain('Verdeling');
  });

  it('when a fourth colleague makes it five, then the fifth person\'s choice and role read "minder dan 3" like the options nobody chose, and their note stays hidden', async () => {
    const flow = new CheckinFlow(t, 'collusion-six');
    const { checkinId } = await flow.start(lead, { minimum: '5', notes: 'true' });
    for (const colleague of [...colleagues, testUser(1305)]) await flow.act(colleague, 'checkin.answer', { checkinId, ...together });
    await flow.act(fifth, 'checkin.answer', { checkinId, ...alone });
    const closed = await flow.act(lead, 'checkin.close', { checkinId });
    expect(closed).toContain('5 antwoorden');
    expect(closed).toContain('{"title":"Ik voer gesprekken met meerdere betrokkenen om een opening te zoeken","value":"80 %"}');
    expect(revealsFifth(closed)).toEqual([]);
    // The fifth's option and an option nobody chose look exactly the same.
    expect(closed).toContain('{"title":"Ik leg me erbij neer: het is de keuze van mijn directeur","value":"minder dan 3"}');
    expect(closed).toContain('{"title":"Bureaucraat","value":"minder dan 3"}');
    expect(closed).toContain('Notities verschijnen pas vanaf 10 antwoorden');
    // The trend card shows the same frozen result, and nothing more.
    const trend = JSON.stringify(cardsOf((await flow.say(lead, 'check-in trend')).body));
    expect(revealsFifth(trend)).toEqual([]);
  });

  it('when notes are allowed, then they show only from twice the minimum (CHECKIN_NOTES_MIN), or from the configured number', async () => {
    const nine = new CheckinFlow(t, 'collusion-notes-9');
    const few = await nine.start(lead);
    await nine.answerAs(few.checkinId, 1310, 9, (i) => ({ ...together, note: `notitie ${i}` }));
    const hidden = await nine.act(lead, 'checkin.close', { checkinId: few.checkinId });
    expect(hidden).toContain('9 antwoorden');
    expect(hidden).not.toContain('notitie');
    const ten = new CheckinFlow(t, 'collusion-notes-10');
    const enough = await ten.start(lead);
    await ten.answerAs(enough.checkinId, 1310, 10, (i) => ({ ...together, note: `notitie ${i}` }));
    expect(await ten.act(lead, 'checkin.close', { checkinId: enough.checkinId })).toContain('notitie 9');

    const seven = await startTestApp({ CHECKIN_NOTES_MIN: '7' });
    try {
      const flow = new CheckinFlow(seven, 'collusion-notes-7');
      const setup = JSON.stringify(cardsOf((await flow.say(lead, 'check-in')).body));
      expect(setup).toContain('Notities verschijnen pas vanaf 7 antwoorden');
      const { checkinId } = await flow.start(lead);
      await flow.answerAs(checkinId, 1310, 7, (i) => ({ ...together, note: `notitie ${i}` }));
      expect(await flow.act(lead, 'checkin.close', { checkinId })).toContain('notitie 6');
    } finally {
      await seven.close();
    }
  });

  it('the setup card says plainly what no threshold prevents, and advises a larger group for sensitive topics', async () => {
    const setup = JSON.stringify(cardsOf((await new CheckinFlow(t, 'collusion-setup').say(lead, 'check-in')).body));
    expect(setup).toContain('als iedereen op één na vertelt wat hij koos, is het antwoord van de laatste te raden');
    expect(setup).toContain('houd de check-in dan in een grotere groep');
    expect(setup).toContain('als starter beantwoord je je eigen check-in niet');
  });
});

/** The minimum is the server's, whatever a card says, and the one configured now applies at the close. */
describe('the configured minimum (CHECKIN_MIN_RESPONSES)', () => {
  const prefix = `minimum${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  const secrets = { TABLE_PREFIX: prefix, CHECKIN_SECRET: 'k'.repeat(40), EXPORT_SECRET: 'e'.repeat(40) };
  let five: TestApp;
  let seven: TestApp;
  beforeAll(async () => {
    five = await startTestApp({ ...secrets, CHECKIN_MIN_RESPONSES: '5' }, { instanceId: 'five' });
    seven = await startTestApp({ ...secrets, CHECKIN_MIN_RESPONSES: '7' }, { instanceId: 'seven' });
  });
  afterAll(async () => Promise.all([five.close(), seven.close()]));

  const starter = testUser(1400);
  const answer = (flow: CheckinFlow, checkinId: string, from: number, count: number) => flow.answerAs(checkinId, from, count, (i) => ({ choice: i < 2 ? 'accepteren' : 'gesprekken', role: 'verbinder', note: `geheim ${i}` }));

  it('when a setup card is forged to minimum 3 while the configured minimum is 5, then no check-in starts', async () => {
    const flow = new CheckinFlow(five, 'minimum-forged');
    const setup = cardsOf((await flow.say(starter, 'check-in')).body)[0];
    expect(choicesOf(setup, 'minimum')).toEqual(['5', '7', '10', '15']);
    const forged = await flow.act(starter, 'checkin.start', { token: findData(setup, 'token'), topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '48', minimum: '3', notes: 'true' });
    expect(forged).toContain('Dit kon ik niet verwerken');
    expect((await flow.checkinRows()).filter((r) => r.table === 'checkins')).toHaveLength(0);
    expect(five.connector.sentTo(flow.conversationId)).toHaveLength(0);
  });

  it('when the configured minimum is raised after the start, then the close applies the raised one', async () => {
    const flow = new CheckinFlow(five, 'minimum-raised');
    const { checkinId } = await flow.start(starter, { minimum: '5' });
    await answer(flow, checkinId, 1401, 5);
    // The same check-in, closed on an instance that runs with CHECKIN_MIN_RESPONSES=7 (a redeploy).
    const onSeven = new CheckinFlow(seven, 'minimum-raised');
    expect(await onSeven.act(starter, 'checkin.close', { checkinId })).toContain('Nog 2 antwoorden nodig');
    const closed = await onSeven.act(starter, 'checkin.close', { checkinId, confirm: 'true' });
    expect(closed).toContain('(5 van minstens 7)');
    expect(closed).not.toMatch(/\d+ ?%/);
    expect(closed).not.toContain('geheim');
  });

  it('when the deadline closes a check-in after the minimum was raised, then the raised one applies there too', async () => {
    const flow = new CheckinFlow(five, 'minimum-raised-deadline');
    const { checkinId } = await flow.start(starter, { minimum: '5', hours: '24' });
    await answer(flow, checkinId, 1411, 6);
    const row = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    await closeDueCheckins(seven.app.services, new Date(Date.parse(String(row?.dueAt)) + 60_000));
    const closed = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'deadline', count: 6 });
    expect(JSON.parse(String(closed?.result))).toEqual({ count: 6, tooFew: true });
  });
});
