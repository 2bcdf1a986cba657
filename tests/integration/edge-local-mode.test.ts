import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

const FOREIGN = '00000000-0000-0000-0000-0000000000ff';

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('local mode (no credentials)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ALLOWED_TENANT_IDS: TENANT });
  });
  afterAll(async () => t.close());

  it('when it starts, then it listens on 127.0.0.1 only and no other address of the machine reaches it', async () => {
    const address = t.app.server.address() as unknown as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    const others = Object.values(networkInterfaces()).flat().filter((a) => a !== undefined && !a.internal && a.family === 'IPv4').map((a) => a?.address ?? '');
    for (const host of others) expect([host, await connects(host, address.port)]).toEqual([host, false]);
    expect(await connects('127.0.0.1', address.port)).toBe(true);
  });

  it('when channelData names a foreign tenant while the conversation names an allowed one, then the message is refused and nothing is written', async () => {
    const activity = messageActivity(testUser(1801), 'reflecteer', { serviceUrl: t.connector.url });
    const response = await t.post({ ...activity, channelData: { tenant: { id: FOREIGN } } });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('herkennen');
    expect(await allRows(t.tables)).toEqual([]);
  });

  it('when a card action carries a foreign tenant in channelData, then it gets an error card and nothing is written', async () => {
    const activity = invokeActivity(testUser(1802), 'settings.save', { days: '1,2,3,4,5', time: '16:00' }, { serviceUrl: t.connector.url });
    const response = await t.post({ ...activity, channelData: { tenant: { id: FOREIGN } } });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('AdaptiveCard');
    expect(await allRows(t.tables)).toEqual([]);
  });

  it('when a foreign tenant is named in both places, then it is refused as not allowed and nothing is written', async () => {
    const response = await t.post(messageActivity(testUser(1803), 'reflecteer', { serviceUrl: t.connector.url, tenantId: FOREIGN }));
    expect(response.status).toBe(200);
    expect(await allRows(t.tables)).toEqual([]);
  });

  it('when /dev/tick is posted without a body or content type (the README curl), then it runs', async () => {
    const response = await fetch(`${t.baseUrl}/dev/tick?at=2026-11-23T15:00:00Z`, { method: 'POST' });
    expect(response.status).toBe(200);
  });

  it('when /dev/tick gets a body, then 413: it takes none', async () => {
    const response = await fetch(`${t.baseUrl}/dev/tick?at=2026-11-23T15:00:00Z`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"x":1}' });
    expect(response.status).toBe(413);
  });
});
