import { messageActivity, testUser } from '../support/activities';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

describe('authentication with credentials configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555',
      CHECKIN_SECRET: 'c'.repeat(32),
      EXPORT_SECRET: 'e'.repeat(32),
    });
  });
  afterAll(async () => t.close());

  it('when a request has no token, then it is rejected with 401 and nothing is stored', async () => {
    const response = await t.post(messageActivity(testUser(1), 'hulp', { serviceUrl: t.connector.url }));
    expect(response.status).toBe(401);
    expect(await allRows(t.tables)).toHaveLength(0);
  });

  it('when a request has a forged token, then it is rejected with 401', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIxMTExIn0.c2lnbmF0dXJl';
    const response = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${forged}` },
      body: JSON.stringify(messageActivity(testUser(2), 'hulp', { serviceUrl: t.connector.url })),
    });
    expect(response.status).toBe(401);
  });
});
