import { testUser } from '../support/activities';
import { startTestApp, type TestApp } from '../support/test-app';
import { closeCheckin, updateSharedCounter } from '../../src/features/checkins/close-checkin';
import type { Checkin } from '../../src/domain/checkin';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

/**
 * Closing a check-in when others write to it at the same time (another close, a counter update)
 * and the shared card's counter around the close, on the real repository in Azurite.
 */
describe('closing a check-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const checkins = () => t.app.services.checkins.checkins;

  /** A started check-in with five answers, as stored now. */
  async function answered(name: string, from: number): Promise<{ flow: CheckinFlow; checkin: Checkin; activityId: string }> {
    const flow = new CheckinFlow(t, name);
    const { checkinId, activityId } = await flow.start(testUser(from));
    await flow.answerAs(checkinId, from + 1, 5, () => ({ choice: 'gesprekken', role: 'verbinder' }));
    await t.app.services.checkins.counters.flushAll();
    const row = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    const checkin = await checkins().get(String(row?.partitionKey), checkinId);
    if (!checkin) throw new Error('check-in not stored');
    return { flow, checkin, activityId };
  }

  it('when two closes meet, then the later one shows the result the first one froze and closes nothing', async () => {
    const { checkin } = await answered('close-twice', 1200);
    const first = await closeCheckin(t.app.services, checkin, 'starter', t.clock.now);
    expect(first.closedNow).toBe(true);
    // The deadline's close still holds the row as it was before the starter closed it.
    const second = await closeCheckin(t.app.services, checkin, 'deadline', t.clock.now);
    expect(second.closedNow).toBe(false);
    expect(second.checkin.closedBy).toBe('starter');
    expect(second.aggregate).toEqual(first.aggregate);
    expect((await checkins().get(checkin.conversationKey, checkin.id))?.closedBy).toBe('starter');
  });

  it('when the row changed since it was read (the counter moved), then the close reads it again and closes', async () => {
    const { checkin } = await answered('close-moved', 1210);
    expect(await checkins().setShownCount(checkin, 5, t.clock.now.toISOString())).toBe(true);
    const outcome = await closeCheckin(t.app.services, checkin, 'starter', t.clock.now);
    expect(outcome.closedNow).toBe(true);
    expect(outcome.aggregate.count).toBe(5);
    expect((await checkins().get(checkin.conversationKey, checkin.id))?.status).toBe('closed');
  });

  it('when every try meets a changed row, then the close gives up after five tries and leaves it open for the next tick', async () => {
    const { checkin } = await answered('close-busy', 1220);
    const repository = checkins();
    const markClosed = repository.markClosed.bind(repository);
    let tries = 0;
    const spy = jest.spyOn(repository, 'markClosed').mockImplementation(async (read, changes) => {
      tries += 1;
      // Another writer moves the row between this close's read and its write, every time.
      const now = await repository.get(read.conversationKey, read.id);
      if (now) await repository.setShownCount(now, 5, new Date(t.clock.now.getTime() + tries).toISOString());
      return markClosed(read, changes);
    });
    try {
      const outcome = await closeCheckin(t.app.services, checkin, 'deadline', t.clock.now);
      expect(outcome.closedNow).toBe(false);
      expect(tries).toBe(5);
      expect((await repository.get(checkin.conversationKey, checkin.id))?.status).toBe('open');
    } finally {
      spy.mockRestore();
    }
  });

  it('when Teams refuses the results card, then the log says so (without ids) and the check-in leaves the open list anyway', async () => {
    const { checkin } = await answered('close-refused', 1260);
    const warn = jest.spyOn(t.app.services.logger, 'warn');
    t.connector.failNext(403);
    try {
      const outcome = await closeCheckin(t.app.services, checkin, 'starter', t.clock.now);
      expect(outcome.closedNow).toBe(true);
      expect(warn).toHaveBeenCalledWith({ event: 'checkin.results.failed', reason: expect.any(String) as string }, 'could not post check-in results');
      const open = await checkins().listUpTo('open', new Date(Date.parse(checkin.dueAt) + 1));
      expect(open.map((c) => c.id)).not.toContain(checkin.id);
    } finally {
      warn.mockRestore();
    }
  });

  it('when a counter update comes after the close, then the results on the shared card stay', async () => {
    const { flow, checkin, activityId } = await answered('close-counter', 1240);
    await closeCheckin(t.app.services, checkin, 'starter', t.clock.now);
    const updates = flow.updatesOf(activityId).length;
    await updateSharedCounter(t.app.services, checkin.conversationKey, checkin.id);
    expect(flow.updatesOf(activityId)).toHaveLength(updates);
  });

  it('when the counter shows every answer, then updating it asks for no further update', async () => {
    const { flow, checkin, activityId } = await answered('close-current', 1250);
    // No update of the answers is still waiting, and the count moved to every answer just now (it moves once per window).
    await t.app.services.checkins.counters.settle(checkin.id);
    expect(await checkins().setShownCount(checkin, 5, new Date().toISOString())).toBe(true);
    const updates = flow.updatesOf(activityId).length;
    await updateSharedCounter(t.app.services, checkin.conversationKey, checkin.id);
    expect(flow.updatesOf(activityId)).toHaveLength(updates + 1);
    await t.app.services.checkins.counters.flushAll();
    expect(flow.updatesOf(activityId)).toHaveLength(updates + 1);
  });
});
