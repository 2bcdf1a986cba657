import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';
import type { TickReport } from '../../src/scheduler/tick';

jest.setTimeout(60_000);

/** Tuesday 24 November 2026, 16:00 in Amsterdam. */
const DUE = new Date('2026-11-24T15:00:00Z');

describe('POST /dev/tick', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Two sends a second: eight people due make a fan-out of about four seconds.
    t = await startTestApp({ TEAMS_MAX_RPS: '2' });
  });
  afterAll(async () => t.close());

  it('when the fan-out takes longer than the idle-connection limit, then the route still answers with what the tick sent', async () => {
    await seedPeople(t.app.services, 9101, 8, t.connector.url, DUE);
    // The server's limit is 30 s without traffic; here a second, so that the test need not wait 30.
    t.app.server.server.setTimeout(1000);
    const started = performance.now();
    const response = await fetch(`${t.baseUrl}/dev/tick?at=${encodeURIComponent(new Date(DUE.getTime() + 20_000).toISOString())}`, { method: 'POST' });
    const report = (await response.json()) as TickReport;
    expect(performance.now() - started).toBeGreaterThan(1000);
    expect(response.status).toBe(200);
    expect(report.sent).toHaveLength(8);
  });
});
