import { startTestApp, type TestApp } from '../support/test-app';
import { ExportLinksRepository } from '../../src/store/export-links-repository';

jest.setTimeout(60_000);

/** Pending export links of two people in one table, on Azurite: each person's stay theirs. */
describe('pending export links', () => {
  let t: TestApp;
  let links: ExportLinksRepository;
  beforeAll(async () => {
    t = await startTestApp();
    links = new ExportLinksRepository(t.tables.table('privacy'));
  });
  afterAll(async () => t.close());

  const expires = () => new Date(t.clock.now.getTime() + 15 * 60_000);

  it('when one person deletes their data, then only their links go and the other person\'s still work', async () => {
    await links.replaceFor('tenant_anna', ['nonceAnnaFile0000000000', 'nonceAnnaPage0000000000'], expires());
    await links.replaceFor('tenant_bram', ['nonceBramFile0000000000', 'nonceBramPage0000000000'], expires());
    expect(await links.pendingOf('tenant_anna')).toHaveLength(2);
    expect(await links.deleteAllFor('tenant_anna')).toBe(2);
    expect(await links.pendingOf('tenant_anna')).toEqual([]);
    expect(await links.pendingOf('tenant_bram')).toEqual([{ expiresAt: expires().toISOString() }, { expiresAt: expires().toISOString() }]);
    expect((await links.find('nonceBramFile0000000000'))?.personKey).toBe('tenant_bram');
  });

  it('when a link is used twice at once, then only one use goes through', async () => {
    await links.replaceFor('tenant_cees', ['nonceCeesFile0000000000'], expires());
    const read = await links.find('nonceCeesFile0000000000');
    if (!read) throw new Error('link not stored');
    expect(await links.consume(read)).toBe(true);
    await links.replaceFor('tenant_cees', ['nonceCeesFile0000000000'], expires());
    // The second use still holds the first one's read: the row it read is gone, a new one is not it.
    expect(await links.consume(read)).toBe(false);
    expect(await links.find('nonceCeesFile0000000000')).toBeDefined();
  });
});
