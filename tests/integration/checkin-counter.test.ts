import { COUNTER_WINDOW_MS } from '../../src/features/checkins/checkin-services';
import { invokeActivity, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const countIn = (card: string): number => Number(/"(\d+) antwoord(?:en)? tot nu toe"/.exec(card)?.[1] ?? NaN);

/**
 * A member who keeps pressing "Vernieuwen" (or a client refreshing for them) must not learn the
 * moment each colleague answers, nor that one of them erased their data.
 */
describe('the answer counter under refresh polling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('when a member polls while others answer and one erases their data, then the count moves at most once per 3 seconds and never down, the same in every view', async () => {
    const flow = new CheckinFlow(t, 'counter-poll');
    const { checkinId, activityId } = await flow.start(testUser(1500));
    const watcher = testUser(1501);
    const answerers = Array.from({ length: 10 }, (_, i) => testUser(1510 + i));
    const eraser = answerers[0] as TestUser;
    await t.say(eraser, 'hulp');

    const seen: { at: number; count: number }[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const card = await flow.act(watcher, 'checkin.refresh', { checkinId });
        seen.push({ at: Date.now(), count: countIn(card) });
        await sleep(50);
      }
    })();
    // One answer every 400 ms: without coalescing the poll would see each one arrive.
    for (const answerer of answerers) {
      await flow.act(answerer, 'checkin.answer', { checkinId, choice: 'gesprekken', role: 'verbinder' });
      await sleep(400);
    }
    await sleep(COUNTER_WINDOW_MS + 500);
    const card = cardsOf((await t.say(eraser, 'verwijder mijn gegevens')).body)[0];
    const erased = JSON.stringify(invokeCard((await t.post(invokeActivity(eraser, 'delete.confirm', { token: findData(card, 'token') }, { serviceUrl: t.connector.url }))).body));
    expect(erased).toContain('Al je gegevens zijn gewist');
    await sleep(2 * COUNTER_WINDOW_MS);
    polling = false;
    await poll;

    expect(seen.length).toBeGreaterThan(50);
    expect(seen.every((s) => Number.isInteger(s.count))).toBe(true);
    // Never down: the erasure does not show, neither at once nor later.
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]?.count).toBeGreaterThanOrEqual(seen[i - 1]?.count ?? 0);
    expect(seen.at(-1)?.count).toBe(10);
    expect(await flow.responsesTo(checkinId)).toHaveLength(9);
    // At most one change per window: two changes are at least COUNTER_WINDOW_MS apart, even measured
    // from the last poll before the first to the first poll after the second.
    const changes = seen.flatMap((s, i) => (i > 0 && s.count !== seen[i - 1]?.count ? [i] : []));
    expect(changes.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < changes.length; k += 1) {
      const widest = (seen[changes[k] ?? 0]?.at ?? 0) - (seen[(changes[k - 1] ?? 1) - 1]?.at ?? 0);
      expect(widest).toBeGreaterThanOrEqual(COUNTER_WINDOW_MS);
    }

    // Every view shows the same count: the shared card, a member's refresh, an answerer's own view.
    await t.app.services.checkins.counters.flushAll();
    const shared = flow.updatesOf(activityId).at(-1) ?? '';
    const own = await flow.act(answerers[1] as TestUser, 'checkin.refresh', { checkinId });
    expect([countIn(shared), countIn(await flow.act(watcher, 'checkin.refresh', { checkinId })), countIn(own)]).toEqual([10, 10, 10]);
    // The close counts what is really there.
    const closed = await flow.act(testUser(1500), 'checkin.close', { checkinId });
    expect(closed).toContain('9 antwoorden');
  });
});
