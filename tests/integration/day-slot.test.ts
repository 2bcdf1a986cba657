import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { findData, invokeCard } from '../support/card-reading';
import { promptFor } from '../support/reflection-chat';
import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';
import { countingTables, type CallTally } from '../bench/support/counting-tables';
import { runTick } from '../../src/scheduler/tick';
import { refusingTables } from '../support/wrapped-tables';

jest.setTimeout(120_000);

/** Tuesday 24 November 2026, 16:00 in Amsterdam: the seeded people's prompt time. */
const DUE = new Date('2026-11-24T15:00:00Z');
const MORNING = new Date('2026-11-24T08:00:00Z');
const SLOT = '2026-11-24_prompt';

/**
 * A question asked with `reflecteer` holds the day's scheduled slot while it is free, so that its
 * first answer is one write, and the scheduled prompt still comes when the day is left open.
 */
describe('the day’s slot held by a question asked in the chat', () => {
  let t: TestApp;
  let tally: Map<string, CallTally>;
  /** While true, storage refuses to create the day's slot (the held slot of a question). */
  let slotFails = false;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    t = await startTestApp({ TEAMS_MAX_RPS: '1000' }, {
      logs,
      wrapTables: (tables) => {
        const counted = countingTables(tables);
        tally = counted.tally;
        return refusingTables(counted.tables, () => (slotFails ? 'deliveries.createEntity:_prompt' : ''));
      },
    });
  });
  afterAll(async () => t.close());

  async function seeded(n: number): Promise<TestUser> {
    await seedPeople(t.app.services, n, 1, t.connector.url, DUE);
    return testUser(n);
  }
  const slotOf = (user: TestUser) => t.app.services.deliveries.get(personKeyOf(user), SLOT);
  const pushedTo = (user: TestUser): Record<string, unknown>[] => t.connector.sentTo(`personal-${user.id}`);
  async function tickAtDue(): Promise<void> {
    t.clock.now = new Date(DUE.getTime() + 20_000);
    await runTick(t.app.ticker, t.clock.now);
  }
  const writes = (): string[] => [...tally.entries()].filter(([key]) => /\.(createEntity|upsertEntity|updateEntity|deleteEntity|submitTransaction)$/.test(key)).flatMap(([key, c]) => Array<string>(c.calls).fill(key));

  it('when reflecteer asks the day’s question while the slot is free, then the slot is held, the first answer is its only write, and no prompt comes that afternoon', async () => {
    const user = await seeded(2611);
    t.clock.now = MORNING;
    const { deliveryId, ticket, role } = await promptFor(t, user);
    expect((await slotOf(user))?.state).toBe('held');
    tally.clear();
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '2', role })).body))).toContain('Opgeslagen');
    expect(writes()).toEqual(['answers.upsertEntity']);
    await tickAtDue();
    expect(pushedTo(user)).toHaveLength(0);
    expect((await slotOf(user))?.state).toBe('held');
  });

  it('when the scheduled prompt itself is answered, then the answer is its only write: the prompt took the slot', async () => {
    const user = await seeded(2616);
    await tickAtDue();
    const card = pushedTo(user)[0];
    t.clock.now = new Date(DUE.getTime() + 60_000);
    tally.clear();
    const reply = invokeCard((await t.act(user, 'reflection.answer', { deliveryId: SLOT, ticket: findData(card, 'ticket'), position: '3', role: 'verbinder' })).body);
    expect(JSON.stringify(reply)).toContain('Opgeslagen');
    // This click is the seeded person's first from their chat: it also stores the chat's reference.
    expect(writes().filter((write) => !write.startsWith('conversations.'))).toEqual(['answers.upsertEntity']);
  });

  it('when storage could not hold the slot for a question, then its ticket says so, its answer marks the day itself and no prompt comes', async () => {
    const user = await seeded(2617);
    t.clock.now = MORNING;
    slotFails = true;
    logs.length = 0;
    const { deliveryId, ticket, role } = await promptFor(t, user).finally(() => (slotFails = false));
    expect(logs.filter((line) => line.event === 'day.hold_failed')).toEqual([
      expect.objectContaining({ level: 40, msg: 'day slot not held', err: expect.objectContaining({ message: 'refused: deliveries.createEntity' }) }),
    ]);
    expect(await slotOf(user)).toBeUndefined();
    expect(ticket.split('.')).toHaveLength(4);
    await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '4', role });
    expect((await slotOf(user))?.state).toBe('skipped');
    await tickAtDue();
    expect(pushedTo(user)).toHaveLength(0);
  });

  it('when the question that holds the slot is left open, then the scheduled prompt comes at its time, as a prompt of its own that can be answered', async () => {
    const user = await seeded(2612);
    t.clock.now = MORNING;
    const morning = await promptFor(t, user);
    await tickAtDue();
    expect(pushedTo(user)).toHaveLength(1);
    const slot = await slotOf(user);
    expect(slot).toMatchObject({ state: 'sent', attempts: 1 });
    expect(slot?.promptId).toBeDefined();
    // Without a ticket the answer reads the delivery: it knows its prompt.
    const card = pushedTo(user)[0];
    expect(findData(card, 'deliveryId')).toBe(SLOT);
    t.clock.now = new Date(DUE.getTime() + 60_000);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId: SLOT, position: '3', role: morning.role })).body))).toContain('Opgeslagen');
  });

  it('when the question that holds the slot is put aside with "Vandaag niet", then the slot is skipped and no prompt comes', async () => {
    const user = await seeded(2613);
    t.clock.now = MORNING;
    const { deliveryId } = await promptFor(t, user);
    await t.act(user, 'reflection.skip', { deliveryId });
    expect((await slotOf(user))?.state).toBe('skipped');
    await tickAtDue();
    expect(pushedTo(user)).toHaveLength(0);
  });

  it('when a card from before held slots (its ticket says nothing of the slot) is answered, then the answer marks the day itself and no prompt comes', async () => {
    const user = await seeded(2614);
    t.clock.now = MORNING;
    const { deliveryId, ticket, role } = await promptFor(t, user);
    // As it was before: no held slot, a ticket of four parts.
    await t.tables.table('deliveries').deleteEntity(personKeyOf(user), SLOT);
    const person = await t.app.services.people.get(personKeyOf(user));
    const [promptId = '', lens = '', localDate = ''] = ticket.split('.');
    const oldTicket = t.app.services.tickets.issue({ key: personKeyOf(user), createdAt: person?.createdAt ?? '' }, { id: deliveryId, promptId, lens, localDate });
    expect(oldTicket.split('.')).toHaveLength(4);
    await t.act(user, 'reflection.answer', { deliveryId, ticket: oldTicket, position: '4', role });
    expect((await slotOf(user))?.state).toBe('skipped');
    await tickAtDue();
    expect(pushedTo(user)).toHaveLength(0);
  });

  it('when the scheduled prompt took the slot before a question was asked, then that question holds nothing and the slot stays as the scheduler left it', async () => {
    const user = await seeded(2615);
    await tickAtDue();
    expect((await slotOf(user))?.state).toBe('sent');
    // The scheduled prompt is open, so reflecteer would show it again; a role asked for brings a question of its own.
    t.clock.now = new Date(DUE.getTime() + 30 * 60_000);
    await t.act(user, 'reflection.asRole', { roleId: 'verbinder' });
    const asked = pushedTo(user)[1];
    const deliveryId = findData(asked, 'deliveryId') ?? '';
    const ticket = findData(asked, 'ticket') ?? '';
    expect(deliveryId).toMatch(/^2026-11-24_reflect_[0-9a-f]{8}$/);
    expect(ticket.split('.')).toHaveLength(4);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '1', role: 'verbinder' })).body))).toContain('Opgeslagen');
    expect((await slotOf(user))?.state).toBe('sent');
  });
});
