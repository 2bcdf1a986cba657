import { installActivity, messageActivity, personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, choicesOf, findData, invokeCard, openedCard } from '../support/card-reading';
import { answersOf, promptFor } from '../support/reflection-chat';
import { seedPeople } from '../support/seed-people';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { runTick } from '../../src/scheduler/tick';

jest.setTimeout(120_000);

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Tuesday 24 November 2026, 16:00 in Amsterdam: the seeded people's prompt time. */
const DUE = new Date('2026-11-24T15:00:00Z');
const MORNING = new Date('2026-11-24T08:00:00Z');

describe('the rules of a reflection day (scheduler ticks on Azurite)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TEAMS_MAX_RPS: '1000' });
  });
  afterAll(async () => t.close());

  /** A person with a personal chat on the test connector and a prompt due at `due`; returns who. */
  async function seeded(n: number, due = DUE): Promise<TestUser> {
    await seedPeople(t.app.services, n, 1, t.connector.url, due);
    return testUser(n);
  }
  const pushedTo = (user: TestUser): Record<string, unknown>[] => t.connector.sentTo(`personal-${user.id}`);
  async function tick(at: Date): Promise<void> {
    t.clock.now = at;
    await runTick(t.app.ticker, at);
  }
  async function answer(user: TestUser, deliveryId: string, role: string, position = '2'): Promise<string> {
    return JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId, position, role })).body));
  }

  it('when the person answered reflecteer in the morning, then no scheduled prompt comes that afternoon, and the next day it does', async () => {
    const user = await seeded(7001);
    t.clock.now = MORNING;
    const { deliveryId, role } = await promptFor(t, user);
    expect(await answer(user, deliveryId, role)).toContain('Opgeslagen');
    await tick(new Date(DUE.getTime() + 20_000));
    expect(pushedTo(user)).toHaveLength(0);
    await tick(new Date(DUE.getTime() + DAY + 20_000));
    expect(pushedTo(user)).toHaveLength(1);
    expect(JSON.stringify(pushedTo(user))).toContain('2026-11-25_prompt');
  });

  it('when the person chose "Vandaag niet" in the morning, then no scheduled prompt comes that afternoon', async () => {
    const user = await seeded(7002);
    t.clock.now = MORNING;
    const { deliveryId } = await promptFor(t, user);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.skip', { deliveryId })).body))).toContain('vandaag niet');
    await tick(new Date(DUE.getTime() + 20_000));
    expect(pushedTo(user)).toHaveLength(0);
  });

  it('when the day was answered through another question after a snooze, then the snoozed prompt does not come back', async () => {
    const user = await seeded(7003);
    t.clock.now = MORNING;
    const morning = await promptFor(t, user);
    await tick(new Date(DUE.getTime() + 20_000));
    const scheduledId = findData(pushedTo(user)[0], 'deliveryId');
    expect(scheduledId).toBe('2026-11-24_prompt');
    t.clock.now = new Date(DUE.getTime() + 60_000);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.snooze', { deliveryId: scheduledId })).body))).toContain('18:01');
    t.clock.now = new Date(DUE.getTime() + HOUR);
    await answer(user, morning.deliveryId, morning.role);
    await tick(new Date(DUE.getTime() + 2 * HOUR + 2 * 60_000));
    expect(pushedTo(user)).toHaveLength(1);
    const snoozes = (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.rowKey).startsWith(`snooze_${personKeyOf(user)}`));
    expect(snoozes).toHaveLength(0);
  });

  it('when a second question of the same day is answered, then it replaces the first answer instead of adding one', async () => {
    const user = await seeded(7004);
    t.clock.now = MORNING;
    const morning = await promptFor(t, user);
    await tick(new Date(DUE.getTime() + 20_000));
    const scheduledId = findData(pushedTo(user)[0], 'deliveryId') ?? '';
    t.clock.now = new Date(DUE.getTime() + 5 * 60_000);
    await answer(user, scheduledId, morning.role, '1');
    t.clock.now = new Date(DUE.getTime() + 10 * 60_000);
    expect(await answer(user, morning.deliveryId, morning.otherRole, '5')).toContain('Opgeslagen');
    const rows = await answersOf(t, user);
    expect(rows).toHaveLength(1);
    // One row for the day, overwritten in one write (no read first): it names the question it answers.
    expect(rows[0]).toMatchObject({ rowKey: '2026-11-24_day', deliveryId: morning.deliveryId, position: 5, roleId: morning.otherRole, localDate: '2026-11-24' });
  });

  it('when reflecteer comes after today\'s answer, then it shows that answer with its edit button and offers an extra question, whose answer is kept besides it', async () => {
    const user = await seeded(7005);
    t.clock.now = MORNING;
    const first = await promptFor(t, user);
    await answer(user, first.deliveryId, first.role);
    const again = cardsOf((await t.say(user, 'reflecteer')).body);
    expect(again).toHaveLength(2);
    expect(JSON.stringify(again[0])).toContain('"verb":"reflection.edit"');
    expect(findData(again[0], 'deliveryId')).toBe(first.deliveryId);
    expect(JSON.stringify(again[1])).toContain('"verb":"reflection.extra"');
    const extraCard = openedCard(await t.act(user, 'reflection.extra', { from: 'today' }));
    const extraId = findData(extraCard, 'deliveryId') ?? '';
    expect(extraId).toMatch(/^2026-11-24_extra_[0-9a-f]{8}$/);
    expect(JSON.stringify(extraCard)).not.toContain('"verb":"reflection.snooze"');
    expect(await answer(user, extraId, first.otherRole)).toContain('Opgeslagen');
    expect((await answersOf(t, user)).map((r) => r.deliveryId).sort()).toEqual([first.deliveryId, extraId].sort());
  });

  it('when reflecteer is typed again before today\'s question is answered, then the same question comes back, not a new one', async () => {
    const user = await seeded(7006);
    t.clock.now = MORNING;
    const first = await promptFor(t, user);
    const again = await promptFor(t, user);
    expect(again.deliveryId).toBe(first.deliveryId);
  });

  it('when the scheduled prompt came after a morning question left open, then reflecteer shows the latest of the two again; a prompt that never arrived is not shown', async () => {
    const user = await seeded(7020);
    t.clock.now = MORNING;
    expect((await promptFor(t, user)).deliveryId).toMatch(/^2026-11-24_reflect_/);
    await tick(new Date(DUE.getTime() + 20_000));
    expect(findData(pushedTo(user)[0], 'deliveryId')).toBe('2026-11-24_prompt');
    t.clock.now = new Date(DUE.getTime() + HOUR);
    expect((await promptFor(t, user)).deliveryId).toBe('2026-11-24_prompt');

    const other = await seeded(7021);
    t.clock.now = MORNING;
    const asked = await promptFor(t, other);
    t.connector.failNext(400);
    await tick(new Date(DUE.getTime() + 20_000));
    expect(await t.app.services.deliveries.get(personKeyOf(other), '2026-11-24_prompt')).toMatchObject({ state: 'failed' });
    t.clock.now = new Date(DUE.getTime() + HOUR);
    expect((await promptFor(t, other)).deliveryId).toBe(asked.deliveryId);
  });

  it('when the day was put aside through another question after a snooze, then the snoozed prompt does not come back', async () => {
    const user = await seeded(7022);
    t.clock.now = MORNING;
    const morning = await promptFor(t, user);
    await tick(new Date(DUE.getTime() + 20_000));
    t.clock.now = new Date(DUE.getTime() + 60_000);
    await t.act(user, 'reflection.snooze', { deliveryId: '2026-11-24_prompt' });
    t.clock.now = new Date(DUE.getTime() + HOUR);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.skip', { deliveryId: morning.deliveryId })).body))).toContain('vandaag niet');
    await tick(new Date(DUE.getTime() + 2 * HOUR + 2 * 60_000));
    expect(pushedTo(user)).toHaveLength(1);
    const snoozes = (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.rowKey).startsWith(`snooze_${personKeyOf(user)}`));
    expect(snoozes).toHaveLength(0);
  });

  it('when Friday afternoon\'s snooze is still pending on Monday, then it is dropped and only Monday\'s prompt is sent', async () => {
    const friday = new Date('2026-11-27T15:00:00Z');
    const user = await seeded(7007, friday);
    await tick(new Date(friday.getTime() + 20_000));
    const fridayId = findData(pushedTo(user)[0], 'deliveryId');
    expect(fridayId).toBe('2026-11-27_prompt');
    t.clock.now = new Date(friday.getTime() + 30 * 60_000);
    await t.act(user, 'reflection.snooze', { deliveryId: fridayId });
    // No tick from Friday 17:00 until Monday 16:00 (a long gap between ticks, or downtime).
    const monday = new Date('2026-11-30T15:00:00Z');
    await tick(new Date(monday.getTime() + 20_000));
    expect(pushedTo(user).map((a) => findData(a, 'deliveryId'))).toEqual(['2026-11-27_prompt', '2026-11-30_prompt']);
    const snoozes = (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.rowKey).startsWith(`snooze_${personKeyOf(user)}`));
    expect(snoozes).toHaveLength(0);
  });

  it('when a snooze comes due on its own day, then the prompt comes back once', async () => {
    const user = await seeded(7008);
    await tick(new Date(DUE.getTime() + 20_000));
    t.clock.now = new Date(DUE.getTime() + 60_000);
    await t.act(user, 'reflection.snooze', { deliveryId: '2026-11-24_prompt' });
    await tick(new Date(DUE.getTime() + 2 * HOUR + 2 * 60_000));
    await tick(new Date(DUE.getTime() + 2 * HOUR + 3 * 60_000));
    expect(pushedTo(user).map((a) => findData(a, 'deliveryId'))).toEqual(['2026-11-24_prompt', '2026-11-24_prompt']);
  });

  it('when a week had two scheduled prompts (one left open), a reflecteer left open, a morning answer and an extra answer, then the summary says 3 antwoorden op 4 vragen', async () => {
    const monday = new Date('2026-11-30T15:00:00Z');
    const user = await seeded(7009, monday);
    // Monday: the scheduled prompt, answered.
    await tick(new Date(monday.getTime() + 20_000));
    t.clock.now = new Date(monday.getTime() + HOUR);
    const [role] = choicesOf(cardsOf({ activities: pushedTo(user) })[0], 'role');
    await answer(user, '2026-11-30_prompt', role ?? '');
    // Tuesday: reflecteer typed in the morning and left open; the scheduled prompt comes and is left open too.
    t.clock.now = new Date(monday.getTime() + DAY - 7 * HOUR);
    await promptFor(t, user);
    await tick(new Date(monday.getTime() + DAY + 20_000));
    // Wednesday: reflecteer answered in the morning, then an extra question answered.
    t.clock.now = new Date(monday.getTime() + 2 * DAY - 7 * HOUR);
    const wednesday = await promptFor(t, user);
    await answer(user, wednesday.deliveryId, wednesday.role);
    const extraId = findData(openedCard(await t.act(user, 'reflection.extra', { from: 'today' })), 'deliveryId') ?? '';
    await answer(user, extraId, wednesday.otherRole);
    await tick(new Date(monday.getTime() + 2 * DAY + 20_000));
    // The extra question came below the offer that was clicked; the scheduler sent the two prompts.
    expect(pushedTo(user).map((a) => findData(a, 'deliveryId'))).toEqual(['2026-11-30_prompt', '2026-12-01_prompt', extraId]);
    t.clock.now = new Date(monday.getTime() + 2 * DAY + 2 * HOUR);
    const summary = JSON.stringify(cardsOf((await t.say(user, 'samenvatting')).body));
    expect(summary).toContain('3 antwoorden op 4 vragen');
  });

  it('when someone installed without a name and later writes with one, then the profile takes the name, and the same name again writes nothing', async () => {
    const user = testUser(7010);
    await t.post({ ...installActivity(user, { serviceUrl: t.connector.url }), from: { id: user.id, aadObjectId: user.aadObjectId } });
    expect((await t.app.services.people.get(personKeyOf(user)))?.name).toBe('');
    await t.say(user, 'hulp');
    const named = await t.app.services.people.get(personKeyOf(user));
    expect(named?.name).toBe(user.name);
    await t.say(user, 'hulp');
    expect((await t.app.services.people.get(personKeyOf(user)))?.etag).toBe(named?.etag);
    await t.post(messageActivity({ ...user, name: 'Test Persoon Hernoemd' }, 'hulp', { serviceUrl: t.connector.url }));
    expect((await t.app.services.people.get(personKeyOf(user)))?.name).toBe('Test Persoon Hernoemd');
  });

  it('when the coach has no name yet, then the coachee is asked to have the coach write first, and after that the consent card names the coach', async () => {
    const coach = testUser(7011);
    const coachee = testUser(7012);
    const unnamed = { id: coach.id, aadObjectId: coach.aadObjectId };
    await t.post({ ...installActivity(coach, { serviceUrl: t.connector.url }), from: unnamed });
    const codeReply = await t.post({ ...messageActivity(coach, 'coach code', { serviceUrl: t.connector.url }), from: unnamed });
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf(codeReply.body)))?.[1] ?? '';
    expect(code).toHaveLength(7);
    const before = JSON.stringify(cardsOf((await t.say(coachee, `coach ${code}`)).body));
    expect(before).toContain('Vraag je coach om Positie eerst een bericht te sturen');
    expect(before).not.toContain('Onbekend');
    expect(before).not.toContain('"verb":"coach.consent"');
    await t.say(coach, 'hulp');
    const after = JSON.stringify(cardsOf((await t.say(coachee, `coach ${code}`)).body));
    expect(after).toContain(coach.name);
    expect(after).toContain('"verb":"coach.consent"');
  });
});
