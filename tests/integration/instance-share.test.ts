import { runTick } from '../../src/scheduler/tick';
import { ThrottlingConnector } from '../support/throttling-connector';
import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const DUE = new Date('2026-11-24T15:00:00Z');
const PEOPLE = 120;

describe("several instances share Teams' rate for the tenant", () => {
  const prefix = `share${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  const connector = new ThrottlingConnector({ tenantRps: 20, inject429: 0, inject503: 0, retryAfterSeconds: 1, seed: 7 });
  const instances: TestApp[] = [];

  beforeAll(async () => {
    await connector.start();
    for (const id of ['left', 'right']) instances.push(await startTestApp({ TABLE_PREFIX: prefix, TEAMS_MAX_RPS: '20' }, { instanceId: id }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
    await connector.stop();
  });

  it('when two instances fan out together, then together they keep to the tenant rate (Teams refuses hardly any send) and each person gets one prompt', async () => {
    const [left, right] = instances;
    if (!left || !right) throw new Error('no instances');
    await seedPeople(left.app.services, 1, PEOPLE, connector.url, DUE);
    const reports = await Promise.all(instances.map((i) => runTick(i.app.ticker, new Date(DUE.getTime() + 20_000))));

    expect(reports.every((r) => r.sent.length > 0)).toBe(true);
    // Each instance at its own full rate: 76 of 120 sends refused as over the limit. Shared: a few,
    // where the network's jitter bunches sends of the two instances at the edge of a second.
    expect(connector.counts.overLimit).toBeLessThanOrEqual(PEOPLE * 0.1);
    expect(connector.perConversation.size).toBe(PEOPLE);
    expect([...connector.perConversation.values()].every((n) => n === 1)).toBe(true);
    const seconds = ((connector.acceptedAt.at(-1) ?? 0) - (connector.acceptedAt[0] ?? 0)) / 1000;
    // Together near the ceiling (18 of 20 booked a second; measured 15.7, the short run's tail
    // costs some), and far above what one instance's half alone would give (9).
    expect((PEOPLE - 1) / seconds).toBeGreaterThan(0.6 * 20);
  });

  it('when one instance has finished its tick, then the other takes its share of the rate at its next refresh, until the first ticks again', async () => {
    const [left, right] = instances;
    if (!left || !right) throw new Error('no instances');
    await left.app.ticker.presence.beginTick('2026-11-24T15:05');
    await right.app.ticker.presence.beginTick('2026-11-24T15:05');
    expect(right.app.ticker.presence.current.rate).toEqual({ sending: 2, rank: 1, resting: 0 });
    await left.app.ticker.presence.finishTick();
    expect(left.app.ticker.presence.current.rate).toEqual({ sending: 1, rank: -1, resting: 1 });
    await right.app.ticker.presence.refresh();
    expect(right.app.ticker.presence.current).toEqual({ rank: 1, count: 2, rate: { sending: 1, rank: 0, resting: 1 } });
    await left.app.ticker.presence.beginTick('2026-11-24T15:06');
    await right.app.ticker.presence.refresh();
    expect(right.app.ticker.presence.current.rate).toEqual({ sending: 2, rank: 1, resting: 0 });
  });

  it('when one instance stops, then the other takes the whole rate at its next refresh', async () => {
    const [left, right] = instances;
    if (!left || !right) throw new Error('no instances');
    expect(await right.app.ticker.presence.refresh()).toBe(2);
    await left.close();
    instances.splice(0, 1);
    expect(await right.app.ticker.presence.refresh()).toBe(1);
  });
});
