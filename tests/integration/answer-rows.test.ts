import type { Answer } from '../../src/domain/answer';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const PERSON = 'tenant_person';

function answer(deliveryId: string, localDate: string, roleId: string, answeredAt: string): Answer {
  return { deliveryId, promptId: 'p1', paradoxId: 'x1', position: 3, lens: 'klassiek', roleId, answeredAt, localDate };
}

describe('answer rows: one row a day, written without a read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('when two questions of one day are answered, then the day keeps one answer (the later), an extra answer besides it, and each delivery finds only its own', async () => {
    const answers = t.app.services.answers;
    await answers.save(PERSON, answer('2026-11-24_prompt', '2026-11-24', 'bureaucraat', '2026-11-24T08:00:00Z'));
    await answers.save(PERSON, answer('2026-11-24_reflect_0a1b2c3d', '2026-11-24', 'ondernemer', '2026-11-24T09:00:00Z'));
    await answers.save(PERSON, answer('2026-11-24_extra_0a1b2c3d', '2026-11-24', 'verbinder', '2026-11-24T10:00:00Z'));
    expect((await answers.listForDay(PERSON, '2026-11-24')).map((a) => [a.deliveryId, a.roleId])).toEqual([
      ['2026-11-24_reflect_0a1b2c3d', 'ondernemer'],
      ['2026-11-24_extra_0a1b2c3d', 'verbinder'],
    ]);
    expect((await answers.dayAnswer(PERSON, '2026-11-24'))?.roleId).toBe('ondernemer');
    expect(await answers.get(PERSON, '2026-11-24_prompt')).toBeUndefined();
    expect((await answers.get(PERSON, '2026-11-24_reflect_0a1b2c3d'))?.roleId).toBe('ondernemer');
    expect((await answers.get(PERSON, '2026-11-24_extra_0a1b2c3d'))?.roleId).toBe('verbinder');
  });

  it('when a day still has a row from before (keyed by its delivery), then it is read as the day\'s answer until a new answer of that day outranks it', async () => {
    const answers = t.app.services.answers;
    const legacy = { partitionKey: PERSON, rowKey: '2026-11-20_prompt', promptId: 'p1', paradoxId: 'x1', position: 2, lens: 'klassiek', roleId: 'bureaucraat', answeredAt: '2026-11-20T08:00:00Z', localDate: '2026-11-20' };
    await t.tables.table('answers').upsertEntity(legacy, 'Replace');
    expect((await answers.listBetween(PERSON, '2026-11-20', '2026-11-20')).map((a) => [a.deliveryId, a.roleId])).toEqual([['2026-11-20_prompt', 'bureaucraat']]);
    await answers.save(PERSON, answer('2026-11-20_reflect_0a1b2c3d', '2026-11-20', 'verbinder', '2026-11-20T09:00:00Z'));
    expect((await answers.listBetween(PERSON, '2026-11-20', '2026-11-20')).map((a) => [a.deliveryId, a.roleId])).toEqual([['2026-11-20_reflect_0a1b2c3d', 'verbinder']]);
    expect(await answers.listBetween(PERSON, '2026-11-01', '2026-11-30')).toHaveLength(3);
  });

  it('when the day mark is made sure of again and again, then storage is asked once, and again after the person\'s data was deleted', async () => {
    const deliveries = t.app.services.deliveries;
    const mark = { personKey: 'tenant_marker', id: '2026-11-24_prompt', kind: 'prompt' as const, localDate: '2026-11-24', state: 'skipped' as const, claimedAt: '2026-11-24T08:00:00.000Z', claimedBy: 'test', attempts: 0, snoozes: 0 };
    await deliveries.ensureExists(mark, 1_000);
    expect((await deliveries.get('tenant_marker', '2026-11-24_prompt'))?.state).toBe('skipped');
    // Gone behind its back (as a retention sweep would): within the window it is not asked again…
    await t.tables.table('deliveries').deleteEntity('tenant_marker', '2026-11-24_prompt');
    await deliveries.ensureExists(mark, 2_000);
    expect(await deliveries.get('tenant_marker', '2026-11-24_prompt')).toBeUndefined();
    // …after it, it is.
    await deliveries.ensureExists(mark, 1_000 + 15 * 60_000 + 1);
    expect(await deliveries.get('tenant_marker', '2026-11-24_prompt')).toBeDefined();
    // "Delete my data" through the repository forgets at once.
    await deliveries.deleteAll('tenant_marker');
    await deliveries.ensureExists(mark, 1_000 + 15 * 60_000 + 2);
    expect(await deliveries.get('tenant_marker', '2026-11-24_prompt')).toBeDefined();
  });
});
