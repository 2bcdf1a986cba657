import { runTick } from '../../src/scheduler/tick';
import { claimDelivery } from '../../src/scheduler/claim-delivery';
import { scheduledDeliveryId } from '../../src/store/deliveries-repository';
import { duePartition } from '../../src/store/due-repository';
import { RecordingConnector } from '../support/recording-connector';
import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const DUE = new Date('2026-11-24T15:00:00Z'); // Tuesday 16:00 in Amsterdam

describe('scheduler: each prompt once, with several instances', () => {
  const prefix = `sched${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  let instances: TestApp[] = [];
  const connector = new RecordingConnector();

  beforeAll(async () => {
    await connector.start();
    instances = [];
    for (const id of ['a', 'b', 'c']) instances.push(await startTestApp({ TABLE_PREFIX: prefix, TEAMS_MAX_RPS: '1000' }, { instanceId: id }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
    await connector.stop();
  });

  it('when three instances tick at once for 500 due people, then each person gets exactly one prompt', async () => {
    const first = instances[0];
    if (!first) throw new Error('no instance');
    const keys = await seedPeople(first.app.services, 1000, 500, connector.url, DUE);
    const reports = await Promise.all(instances.map((i) => runTick(i.app.ticker, new Date(DUE.getTime() + 20_000))));
    const perConversation = new Map<string, number>();
    for (const s of connector.sent) perConversation.set(s.conversationId, (perConversation.get(s.conversationId) ?? 0) + 1);
    expect(perConversation.size).toBe(500);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    expect(reports.reduce((n, r) => n + r.sent.length, 0)).toBe(500);
    // Each works its own third of the people and then helps, instead of all three racing through
    // the whole list (which tried 1,500 claims for 500 people): collisions only where they meet.
    for (const report of reports) expect(report.sent.length).toBeGreaterThan(500 / 3 / 2);
    expect(reports.reduce((n, r) => n + r.sent.length + r.busy + r.skipped, 0)).toBeLessThan(500 * 2);
    expect(keys).toHaveLength(500);
    const again = await runTick(first.app.ticker, new Date(DUE.getTime() + 60_000));
    expect(again.sent).toHaveLength(0);
    expect(connector.sent).toHaveLength(500);
  });

  it('when one of three live instances does not tick (hung, or died a moment ago), then the two others send its share in the same tick', async () => {
    connector.clear();
    const [a, b] = instances;
    if (!a || !b) throw new Error('no instance');
    await seedPeople(a.app.services, 3000, 300, connector.url, DUE);
    const reports = await Promise.all([a, b].map((i) => runTick(i.app.ticker, new Date(DUE.getTime() + 20_000))));
    expect(a.app.ticker.presence.current.count).toBe(3);
    expect(connector.sent).toHaveLength(300);
    expect(new Set(connector.sent.map((s) => s.conversationId)).size).toBe(300);
    expect(reports.reduce((n, r) => n + r.sent.length, 0)).toBe(300);
  });

  it('when an instance dies between claim and send, then another sends the prompt once, after the lease', async () => {
    connector.clear();
    const [a, b] = instances;
    if (!a || !b) throw new Error('no instance');
    const [key] = await seedPeople(a.app.services, 5000, 1, connector.url, DUE);
    if (!key) throw new Error('no person');
    // The "dead" instance claims and never sends.
    const claim = await claimDelivery(a.app.services.deliveries, { personKey: key, id: scheduledDeliveryId('2026-11-24', 'prompt'), kind: 'prompt', localDate: '2026-11-24', snoozes: 0 }, 'dead', DUE, 5 * 60_000);
    expect(claim.kind).toBe('claimed');
    const during = await runTick(b.app.ticker, new Date(DUE.getTime() + 2 * 60_000));
    expect(during.busy).toBe(1);
    expect(connector.sent).toHaveLength(0);
    const after = await Promise.all([runTick(a.app.ticker, new Date(DUE.getTime() + 6 * 60_000)), runTick(b.app.ticker, new Date(DUE.getTime() + 6 * 60_000))]);
    expect(after.reduce((n, r) => n + r.sent.length, 0)).toBe(1);
    expect(connector.sent).toHaveLength(1);
  });

  it('when the prompt is older than the catch-up window, then it is skipped and the next one is scheduled', async () => {
    connector.clear();
    const a = instances[0];
    if (!a) throw new Error('no instance');
    await seedPeople(a.app.services, 6000, 1, connector.url, DUE);
    const report = await runTick(a.app.ticker, new Date(DUE.getTime() + 4 * 3600_000));
    expect(report.skipped).toBeGreaterThanOrEqual(1);
    expect(connector.sent).toHaveLength(0);
    const tomorrow = await runTick(a.app.ticker, new Date(DUE.getTime() + 24 * 3600_000 + 30_000));
    expect(tomorrow.sent.length).toBeGreaterThanOrEqual(1);
  });

  it('when Teams answers 503 five times, then the sender gave up after its own five tries (no retries hidden in the HTTP client)', async () => {
    connector.clear();
    const a = instances[0];
    if (!a) throw new Error('no instance');
    const due = new Date(DUE.getTime() + 14 * 24 * 3600_000);
    await seedPeople(a.app.services, 8000, 1, connector.url, due);
    connector.failNext(503, 503, 503, 503, 503);
    const report = await runTick(a.app.ticker, new Date(due.getTime() + 1000));
    // Had the Bot Connector client retried on its own (three times per try), the fifth 503 would
    // have been used up by our second try and the prompt would have gone out.
    expect(report.failed).toBe(1);
    expect(connector.sent).toHaveLength(0);
  });

  it('when Teams answers 403, then the person is marked inactive and no longer scheduled', async () => {
    connector.clear();
    const a = instances[0];
    if (!a) throw new Error('no instance');
    const due = new Date(DUE.getTime() + 7 * 24 * 3600_000);
    const [key] = await seedPeople(a.app.services, 7000, 1, connector.url, due);
    connector.failNext(403);
    const report = await runTick(a.app.ticker, new Date(due.getTime() + 1000));
    expect(report.failed).toBe(1);
    const person = await a.app.services.people.get(key ?? '');
    expect(person?.active).toBe(false);
    expect(await a.app.services.due.forPerson(key ?? '')).toEqual([]);
  });

  it('when an entry was stored before buckets had shards, then a tick still sends it once and moves it into a shard', async () => {
    connector.clear();
    const a = instances[0];
    if (!a) throw new Error('no instance');
    const due = new Date(DUE.getTime() + 21 * 24 * 3600_000);
    const [key] = await seedPeople(a.app.services, 9000, 1, connector.url);
    if (!key) throw new Error('no person');
    const table = a.tables.table('due');
    const oldBucket = `b${due.toISOString().slice(0, 16).replace(/[-T:]/g, '')}`;
    await table.upsertEntity({ partitionKey: oldBucket, rowKey: `prompt_${key}`, personKey: key, kind: 'prompt', dueAt: due.toISOString() }, 'Replace');
    await table.upsertEntity({ partitionKey: `p${key}`, rowKey: 'prompt', bucket: oldBucket }, 'Replace');

    const report = await runTick(a.app.ticker, new Date(due.getTime() + 20_000));
    expect(report.sent).toHaveLength(1);
    expect(connector.sent).toHaveLength(1);
    const pending = await a.app.services.due.forPerson(key);
    expect(pending).toEqual([{ kind: 'prompt', bucket: duePartition(key, new Date(due.getTime() + 24 * 3600_000)) }]);
    await expect(table.getEntity(oldBucket, `prompt_${key}`)).rejects.toMatchObject({ statusCode: 404 });
    const again = await runTick(a.app.ticker, new Date(due.getTime() + 60_000));
    expect(again.sent).toHaveLength(0);
  });
});
