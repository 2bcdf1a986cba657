import { runTick } from '../../src/scheduler/tick';
import { personKey } from '../../src/store/keys';
import { invokeActivity, TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const MORNING = new Date('2026-11-24T08:00:00Z'); // Tuesday 09:00 in Amsterdam
const PROMPT = new Date('2026-11-24T15:00:00Z'); // 16:00: the prompt
const REMINDER = new Date('2026-11-24T17:00:00Z'); // 18:00: the chosen reminder time
const TODAY_PROMPT = '2026-11-24_prompt';
const settings = (reminder: 'true' | 'false') => ({
  days: '1,2,3,4,5', time: '16:00', timeZone: 'Europe/Amsterdam', locale: 'nl', lens: 'ideaaltypen',
  summaryDay: '5', summaryTime: '16:30', skipHolidays: 'true', reminder, reminderTime: '18:00', quarterMirror: 'true',
});

describe('the optional reminder, with two instances ticking together', () => {
  const prefix = `remind${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  let a: TestApp;
  let b: TestApp;
  const setClock = (at: Date): void => {
    a.clock.now = at;
    b.clock.now = at;
  };
  const tickBoth = async (at: Date) => {
    setClock(at);
    const reports = await Promise.all([runTick(a.app.ticker, at), runTick(b.app.ticker, at)]);
    return reports.flatMap((r) => r.sent);
  };
  const save = (user: TestUser, data: unknown) => a.post(invokeActivity(user, 'settings.save', data, { serviceUrl: a.connector.url }));
  const remindersTo = (user: TestUser) => a.connector.sentTo(`personal-${user.id}`).filter((activity) => JSON.stringify(activity).includes('staat nog open'));

  beforeAll(async () => {
    a = await startTestApp({ TABLE_PREFIX: prefix }, { instanceId: 'a' });
    b = await startTestApp({ TABLE_PREFIX: prefix }, { instanceId: 'b' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('when the prompt is still open at the chosen time, then one reminder goes out, and none after a skip or an answer', async () => {
    const [open, skipper, answerer] = [testUser(9101), testUser(9102), testUser(9103)];
    setClock(MORNING);
    for (const user of [open, skipper, answerer]) await a.say(user, 'hulp');
    for (const user of [open, skipper, answerer]) expect(JSON.stringify(invokeCard((await save(user, settings('true'))).body))).toContain('Opgeslagen');
    const prompts = await tickBoth(new Date(PROMPT.getTime() + 20_000));
    expect(prompts.filter((s) => s.kind === 'prompt')).toHaveLength(3);

    setClock(new Date(PROMPT.getTime() + 10 * 60_000));
    expect((await a.act(skipper, 'reflection.skip', { deliveryId: TODAY_PROMPT })).status).toBe(200);
    const answered = await a.act(answerer, 'reflection.answer', { deliveryId: TODAY_PROMPT, position: '3', role: 'verbinder' });
    expect(answered.status).toBe(200);
    expect(await a.app.services.answers.get(personKey(TENANT, answerer.aadObjectId), TODAY_PROMPT)).toMatchObject({ roleId: 'verbinder' });
    expect((await a.app.services.deliveries.get(personKey(TENANT, skipper.aadObjectId), TODAY_PROMPT))?.skipped).toBe(true);
    a.connector.clear();

    // Before the chosen time nothing comes; at it, both instances see the entry and one sends.
    expect((await tickBoth(new Date(REMINDER.getTime() - 60_000))).filter((s) => s.kind === 'reminder')).toHaveLength(0);
    const sent = await tickBoth(new Date(REMINDER.getTime() + 20_000));
    expect(sent.filter((s) => s.kind === 'reminder')).toHaveLength(1);
    expect(remindersTo(open)).toHaveLength(1);
    expect(remindersTo(skipper)).toHaveLength(0);
    expect(remindersTo(answerer)).toHaveLength(0);

    // Never a second one that day, whoever ticks.
    expect((await tickBoth(new Date(REMINDER.getTime() + 80_000))).filter((s) => s.kind === 'reminder')).toHaveLength(0);
    expect(remindersTo(open)).toHaveLength(1);
    const claim = await a.app.services.deliveries.get(personKey(TENANT, open.aadObjectId), '2026-11-24_reminder');
    expect(claim).toMatchObject({ kind: 'reminder', state: 'sent', attempts: 1 });
    expect(await a.app.services.deliveries.get(personKey(TENANT, skipper.aadObjectId), '2026-11-24_reminder')).toBeUndefined();

    // The entry moved on to Wednesday's reminder.
    const pending = await a.app.services.due.forPerson(personKey(TENANT, open.aadObjectId));
    expect(pending.map((p) => p.kind).sort()).toEqual(['prompt', 'reminder', 'summary']);
    expect(pending.find((p) => p.kind === 'reminder')?.bucket).toMatch(/^b202611251700-/);
  });

  it('when the reminder is switched off in settings, then its due entry goes', async () => {
    const user = testUser(9104);
    setClock(MORNING);
    await a.say(user, 'hulp');
    await save(user, settings('true'));
    const key = personKey(TENANT, user.aadObjectId);
    expect((await a.app.services.due.forPerson(key)).map((p) => p.kind)).toContain('reminder');
    await save(user, settings('false'));
    expect((await a.app.services.due.forPerson(key)).map((p) => p.kind).sort()).toEqual(['prompt', 'summary']);
    expect(JSON.parse(JSON.stringify((await a.app.services.people.get(key))?.settings))).toMatchObject({ reminder: { enabled: false, time: '18:00' }, quarterMirror: true });
  });

  it('when a person with a reminder deletes their data, then no due entry or pointer of it is left', async () => {
    const user = testUser(9105);
    setClock(MORNING);
    await a.say(user, 'hulp');
    await save(user, settings('true'));
    const mentions = async () => (await allRows(a.tables)).filter((r) => JSON.stringify(r).includes(user.aadObjectId));
    expect((await mentions()).filter((r) => r.table === 'due').length).toBeGreaterThanOrEqual(6);
    const card = cardsOf((await a.say(user, 'verwijder mijn gegevens')).body)[0];
    const done = await a.act(user, 'delete.confirm', { token: findData(card, 'token') });
    expect(JSON.stringify(done.body)).toContain('gewist');
    expect(await mentions()).toEqual([]);
  });
});
