import type { TableClient } from '@azure/data-tables';
import { startTestApp, type TestApp } from '../support/test-app';
import { ConsentsRepository } from '../../src/store/consents-repository';
import { consentScope } from '../../src/domain/coach-scope';

jest.setTimeout(60_000);

const GRANTED = new Date('2026-12-01T09:00:00Z');
const STOPPED = new Date('2026-12-02T09:00:00Z');
const LATER = new Date('2026-12-03T09:00:00Z');

/**
 * Consents on Azurite, as the coach and the coachee read them: a stop happens once, keeps whom
 * the person shared with, and a stop racing a new grant never leaves the coach seeing someone.
 */
describe('consents to a coach, stored', () => {
  let t: TestApp;
  let table: TableClient;
  let consents: ConsentsRepository;
  beforeAll(async () => {
    t = await startTestApp();
    table = t.tables.table('consents');
    consents = new ConsentsRepository(table);
  });
  afterAll(async () => t.close());

  it('when a consent is stopped twice, then only the first stop counts and its time stays; the coach\'s name stays in the person\'s record', async () => {
    await consents.grant('tenant_anna', 'tenant_coach1', consentScope(false), GRANTED, 'Coach Een');
    expect(await consents.revoke('tenant_anna', 'tenant_coach1', STOPPED)).toBe(true);
    expect(await consents.revoke('tenant_anna', 'tenant_coach1', LATER)).toBe(false);
    expect(await consents.exportFor('tenant_anna')).toStrictEqual([
      { side: 'coachee', coacheeKey: 'tenant_anna', coachKey: 'tenant_coach1', paradoxPositions: false, grantedAt: GRANTED.toISOString(), revokedAt: STOPPED.toISOString(), coachName: 'Coach Een' },
    ]);
  });

  it('when a person stops sharing with all their coaches, then it says how many, and a coach with nobody sees empty lists', async () => {
    await consents.grant('tenant_bram', 'tenant_coach2', consentScope(true), GRANTED);
    await consents.grant('tenant_bram', 'tenant_coach3', consentScope(false), GRANTED);
    expect(await consents.revokeAll('tenant_bram', STOPPED)).toBe(2);
    expect(await consents.revokeAll('tenant_bram', LATER)).toBe(0);
    expect(await consents.coacheesOf('tenant_nobody')).toStrictEqual({ active: [], stopped: [], dangling: [] });
  });

  it('when a consent covers the positions, then the export says so; a consent from before the scope existed says nothing of it', async () => {
    await consents.grant('tenant_cees', 'tenant_coach4', consentScope(true), GRANTED);
    await table.upsertEntity({ partitionKey: 'tenant_cees', rowKey: 'tenant_coach5', grantedAt: GRANTED.toISOString() });
    expect(await consents.exportFor('tenant_cees')).toStrictEqual([
      { side: 'coachee', coacheeKey: 'tenant_cees', coachKey: 'tenant_coach4', paradoxPositions: true, grantedAt: GRANTED.toISOString() },
      { side: 'coachee', coacheeKey: 'tenant_cees', coachKey: 'tenant_coach5', grantedAt: GRANTED.toISOString() },
    ]);
    expect(await consents.exportFor('tenant_coach4')).toStrictEqual([{ side: 'coach', coacheeKey: 'tenant_cees', coachKey: 'tenant_coach4', grantedAt: GRANTED.toISOString() }]);
  });

  it('when a stop and a new grant race (the stop\'s second write lands last), then the coach sees the person as stopped, not as sharing', async () => {
    await consents.grant('tenant_dirk', 'tenant_coach6', consentScope(false), GRANTED);
    // The stop writes the person's row; the grant writes both rows; the stop then writes the coach's.
    await table.upsertEntity({ partitionKey: 'coach_tenant_coach6', rowKey: 'tenant_dirk', grantedAt: GRANTED.toISOString(), revokedAt: STOPPED.toISOString() }, 'Replace');
    expect(await consents.coachesOf('tenant_dirk')).toHaveLength(1);
    expect(await consents.coacheesOf('tenant_coach6')).toStrictEqual({ active: [], stopped: ['tenant_dirk'], dangling: [] });
  });
});
