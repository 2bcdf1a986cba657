import { RestError, type TableClient } from '@azure/data-tables';
import { startTestApp, type TestApp } from '../support/test-app';
import { CodeAttemptsRepository } from '../../src/store/code-attempts-repository';
import { codeTriesKeyOf } from '../../src/domain/pseudonym';

jest.setTimeout(60_000);

const SECRET = 'a-secret-for-the-tries-of-this-test-0123456789';
const MINUTE = 60_000;
const T0 = new Date('2026-12-01T09:00:00Z');
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * MINUTE);

/**
 * Tries at a coach code, kept in one row per person on Azurite: the block after the fifth wrong
 * code, what an erasure leaves, rows from before tries were hashed, and tries racing.
 */
describe('tries at a coach code, stored', () => {
  let t: TestApp;
  let table: TableClient;
  let tries: CodeAttemptsRepository;
  beforeAll(async () => {
    t = await startTestApp();
    table = t.tables.table('coachCodes');
    tries = new CodeAttemptsRepository(table, SECRET);
  });
  afterAll(async () => t.close());

  async function wrong(repository: CodeAttemptsRepository, personKey: string, now: Date): Promise<void> {
    const ticket = await repository.reserve(personKey, now);
    expect(ticket.ok).toBe(true);
    await repository.fail(personKey, now);
  }

  it('when the fifth wrong code comes late in the hour, then the block lasts an hour from that code, not from the first', async () => {
    for (const minute of [0, 10, 20, 30, 40]) await wrong(tries, 'tenant_anna', at(minute));
    // The first try leaves the hour at minute 60; the block from the fifth lasts until minute 100.
    expect(await tries.reserve('tenant_anna', at(70))).toEqual({ ok: false, blockedUntil: at(100).toISOString() });
    expect(await tries.exportFor('tenant_anna')).toMatchObject({ blockedUntil: at(100).toISOString() });
    expect((await tries.reserve('tenant_anna', at(100))).ok).toBe(true);
  });

  it('when a right code gives its try back, then that try no longer counts', async () => {
    for (const minute of [0, 1, 2, 3]) await wrong(tries, 'tenant_bram', at(minute));
    const right = await tries.reserve('tenant_bram', at(4));
    if (!right.ok) throw new Error('the fifth try is allowed');
    expect(right.id).toMatch(/^[0-9a-f]{8}$/);
    await tries.release('tenant_bram', right.id);
    expect((await tries.exportFor('tenant_bram'))?.attempts).toHaveLength(4);
    expect((await tries.reserve('tenant_bram', at(5))).ok).toBe(true);
  });

  it('when a person erases their data while their tries still count, then the row stays (it names nobody); once they no longer count, it goes', async () => {
    await wrong(tries, 'tenant_cees', at(0));
    const partitionKey = `tries_${codeTriesKeyOf(SECRET, 'tenant_cees')}`;
    await tries.deleteFor('tenant_cees', at(59));
    expect(await rowOf(partitionKey)).toBeDefined();
    // Exactly when the try leaves the hour, it no longer counts.
    await tries.deleteFor('tenant_cees', at(60));
    expect(await rowOf(partitionKey)).toBeUndefined();
  });

  it('when a row was written under the person\'s own key, as before tries were hashed, then export shows it and erasure removes it', async () => {
    await table.createEntity({ partitionKey: 'tries_tenant_dirk', rowKey: 'tries', attempts: JSON.stringify([{ id: 'abcd1234', at: at(0).toISOString() }]), expiresAt: at(60).toISOString() });
    expect(await tries.exportFor('tenant_dirk')).toEqual({ attempts: [{ id: 'abcd1234', at: at(0).toISOString() }] });
    await tries.deleteFor('tenant_dirk', at(1));
    expect(await rowOf('tries_tenant_dirk')).toBeUndefined();
    expect(await tries.exportFor('tenant_dirk')).toBeUndefined();
  });

  it('when another instance keeps changing the row, then a try gives up after twenty reads with a clear error; any other storage error stops it at once', async () => {
    const conflicting = refusingWrites(table, 412);
    const racing = new CodeAttemptsRepository(conflicting.table, SECRET);
    await expect(racing.reserve('tenant_eva', at(0))).rejects.toThrow('code attempts kept conflicting');
    expect(conflicting.reads()).toBe(20);

    const failing = refusingWrites(table, 503);
    await expect(new CodeAttemptsRepository(failing.table, SECRET).reserve('tenant_eva', at(0))).rejects.toMatchObject({ statusCode: 503 });
    expect(failing.reads()).toBe(1);
  });

  async function rowOf(partitionKey: string): Promise<unknown> {
    return table.getEntity(partitionKey, 'tries').catch(() => undefined);
  }
});

/** The table, with every write refused with `status`; counts the point reads. */
function refusingWrites(table: TableClient, status: number): { table: TableClient; reads: () => number } {
  let reads = 0;
  const refused = new Proxy(table, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'getEntity') {
        return (...args: unknown[]) => {
          reads += 1;
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        };
      }
      if (property === 'createEntity' || property === 'updateEntity') return () => Promise.reject(new RestError(`refused with ${status}`, { statusCode: status }));
      return value;
    },
  });
  return { table: refused, reads: () => reads };
}
