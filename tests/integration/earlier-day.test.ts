import { testUser } from '../support/activities';
import { findData, invokeCard } from '../support/card-reading';
import { answersOf, promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const DAY = 24 * 3600_000;
/** Tuesday 24 November 2026, 10:00 in Amsterdam. */
const TUESDAY = new Date('2026-11-24T09:00:00Z');
const CLOSED = 'Aanpassen kan tot het einde van de dag';

/** An answer can change until the end of its question's day; after that it stays as it was. */
describe('an earlier day’s card', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const reply = async (user: ReturnType<typeof testUser>, verb: string, data: Record<string, unknown>): Promise<string> => JSON.stringify(invokeCard((await t.act(user, verb, data)).body));

  it('when yesterday’s answered card is sent again today, then yesterday’s answer stays as it was and the card says editing has closed', async () => {
    const user = testUser(2601);
    t.clock.now = TUESDAY;
    const { deliveryId, ticket, role, otherRole } = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId, ticket, position: '2', role, note: 'dinsdag' });
    t.clock.now = new Date(TUESDAY.getTime() + DAY);
    expect(await reply(user, 'reflection.answer', { deliveryId, ticket, position: '5', role: otherRole, note: 'woensdag' })).toContain(CLOSED);
    // Without the ticket the delivery is read from storage: the same rule.
    expect(await reply(user, 'reflection.answer', { deliveryId, position: '4', role: otherRole, note: 'zonder kaartje' })).toContain(CLOSED);
    const rows = await answersOf(t, user);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ localDate: '2026-11-24', position: 2, roleId: role, note: 'dinsdag' });
  });

  it('when yesterday’s answer is opened for editing today, then no input card comes back, only that editing has closed', async () => {
    const user = testUser(2602);
    t.clock.now = TUESDAY;
    const { deliveryId, ticket, role } = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId, ticket, position: '3', role });
    // Until midnight on the person's clock the answer can still change…
    t.clock.now = new Date('2026-11-24T22:59:00Z');
    expect(findData(invokeCard((await t.act(user, 'reflection.edit', { deliveryId })).body), 'deliveryId')).toBe(deliveryId);
    // …from then on it cannot.
    t.clock.now = new Date('2026-11-24T23:01:00Z');
    const edit = await reply(user, 'reflection.edit', { deliveryId });
    expect(edit).toContain(CLOSED);
    expect(edit).not.toContain('"verb":"reflection.answer"');
  });

  it('when yesterday’s extra question, already answered, is answered again today, then the extra answer stays as it was', async () => {
    const user = testUser(2603);
    t.clock.now = TUESDAY;
    const first = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId: first.deliveryId, ticket: first.ticket, position: '3', role: first.role });
    // An extra question opens below in the chat (issue 27): the card the click posted.
    const [extra] = (await t.act(user, 'reflection.extra', { from: 'today' })).posted;
    const extraId = findData(extra, 'deliveryId') ?? '';
    const extraTicket = findData(extra, 'ticket') ?? '';
    await reply(user, 'reflection.answer', { deliveryId: extraId, ticket: extraTicket, position: '1', role: first.role, note: 'extra' });
    t.clock.now = new Date(TUESDAY.getTime() + DAY);
    expect(await reply(user, 'reflection.answer', { deliveryId: extraId, ticket: extraTicket, position: '5', role: first.otherRole, note: 'later' })).toContain(CLOSED);
    const extraRow = (await answersOf(t, user)).find((r) => r.deliveryId === extraId);
    expect(extraRow).toMatchObject({ position: 1, note: 'extra' });
  });

  it('when yesterday’s question was left open, then a first answer today still counts for yesterday, once', async () => {
    const user = testUser(2604);
    t.clock.now = TUESDAY;
    const { deliveryId, ticket, role, otherRole } = await promptFor(t, user);
    t.clock.now = new Date(TUESDAY.getTime() + DAY);
    expect(await reply(user, 'reflection.answer', { deliveryId, ticket, position: '4', role })).toContain('Opgeslagen');
    // A second answer to it is an edit of an earlier day: refused.
    expect(await reply(user, 'reflection.answer', { deliveryId, ticket, position: '1', role: otherRole })).toContain(CLOSED);
    const rows = await answersOf(t, user);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ localDate: '2026-11-24', position: 4, roleId: role });
  });

  it('when a question was left open for six days, then it can still be answered; after seven it is refused as expired and nothing is written', async () => {
    const late = testUser(2605);
    const tooLate = testUser(2606);
    t.clock.now = TUESDAY;
    const open = await promptFor(t, late);
    const expired = await promptFor(t, tooLate);
    t.clock.now = new Date(TUESDAY.getTime() + 6 * DAY);
    expect(await reply(late, 'reflection.answer', { deliveryId: open.deliveryId, ticket: open.ticket, position: '4', role: open.role })).toContain('Opgeslagen');
    t.clock.now = new Date(TUESDAY.getTime() + 7 * DAY);
    expect(await reply(tooLate, 'reflection.answer', { deliveryId: expired.deliveryId, ticket: expired.ticket, position: '4', role: expired.role })).toContain('Deze vraag is verlopen');
    expect(await answersOf(t, tooLate)).toHaveLength(0);
  });
});
