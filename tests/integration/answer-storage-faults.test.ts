import { testUser } from '../support/activities';
import { findData, invokeCard } from '../support/card-reading';
import { answersOf, promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';
import { refusingTables } from '../support/wrapped-tables';

jest.setTimeout(120_000);

/** Tuesday 24 November 2026, 10:00 in Amsterdam. */
const TUESDAY = new Date('2026-11-24T09:00:00Z');
const STORAGE = 'Opslaan lukte even niet.';

/**
 * An answer while storage fails a moment, on Azurite with one kind of call refused at a time:
 * the person keeps what they typed and can send it again, operators see which step failed (and
 * no ids or notes), and a failed day mark never costs the answer.
 */
describe('an answer while storage fails', () => {
  let t: TestApp;
  const logs: Record<string, unknown>[] = [];
  /** The call storage refuses now, as `<table>.<method>`; none when empty. */
  let refused = '';
  beforeAll(async () => {
    t = await startTestApp({}, { logs, wrapTables: (tables) => refusingTables(tables, () => refused) });
    t.clock.now = TUESDAY;
  });
  afterAll(async () => t.close());
  beforeEach(() => {
    logs.length = 0;
    refused = '';
  });

  const eventsOf = (event: string): Record<string, unknown>[] => logs.filter((line) => line.event === event);

  it('when the answer cannot be written, then the question comes back with what they typed and why; sent again, it is saved', async () => {
    const user = testUser(2801);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    const typed = { deliveryId, ticket, position: '4', role, note: 'wat ik typte' };
    refused = 'answers.upsertEntity';
    const card = invokeCard((await t.act(user, 'reflection.answer', typed)).body);
    expect(JSON.stringify(card)).toContain(STORAGE);
    expect(findData(card, 'deliveryId')).toBe(deliveryId);
    expect(JSON.stringify(card)).toContain('"value":"wat ik typte"');
    expect(eventsOf('answer.save_failed')).toEqual([expect.objectContaining({ level: 50, msg: 'answer not saved', err: expect.objectContaining({ message: 'refused: answers.upsertEntity' }) })]);
    expect(eventsOf('answer.saved')).toEqual([]);
    expect(await answersOf(t, user)).toHaveLength(0);

    refused = '';
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', typed)).body))).toContain('Opgeslagen');
    expect(eventsOf('answer.saved')).toEqual([{ level: 30, time: expect.any(Number), app: 'positie', event: 'answer.saved', sameDay: true, msg: 'answer saved' }]);
    expect(await answersOf(t, user)).toEqual([expect.objectContaining({ position: 4, note: 'wat ik typte' })]);
  });

  it('when the question cannot be looked up, then the person gets the storage message and nothing is written', async () => {
    const user = testUser(2802);
    const { deliveryId, role } = await promptFor(t, user);
    // Without a ticket, the answer reads its question first.
    refused = 'deliveries.getEntity';
    const card = invokeCard((await t.act(user, 'reflection.answer', { deliveryId, position: '2', role })).body);
    expect(JSON.stringify(card)).toContain(STORAGE);
    expect(eventsOf('answer.load_failed')).toEqual([expect.objectContaining({ level: 50, msg: 'answer not loaded', err: expect.objectContaining({ message: 'refused: deliveries.getEntity' }) })]);
    expect(await answersOf(t, user)).toHaveLength(0);
  });

  it('when the day cannot be marked complete, then the answer is saved all the same and the failed mark is logged', async () => {
    const user = testUser(2803);
    // The slot cannot be held when the question is asked, nor marked when it is answered.
    refused = 'deliveries.createEntity:_prompt';
    const { deliveryId, ticket, role } = await promptFor(t, user);
    const card = invokeCard((await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '3', role })).body);
    expect(JSON.stringify(card)).toContain('Opgeslagen');
    expect(eventsOf('day.complete_failed')).toEqual([expect.objectContaining({ level: 40, msg: 'day not marked complete', err: expect.objectContaining({ message: 'refused: deliveries.createEntity' }) })]);
    expect(await answersOf(t, user)).toHaveLength(1);
  });

  it('logs no ids and no note text on the way', async () => {
    const user = testUser(2804);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    refused = 'answers.upsertEntity';
    await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '1', role, note: 'geheim' });
    const logged = JSON.stringify(logs);
    for (const secret of ['geheim', user.aadObjectId, deliveryId]) expect(logged).not.toContain(secret);
  });
});
