import { startAppProcess } from '../support/app-process';
import { TENANT, testUser } from '../support/activities';
import { CheckinFlow } from './checkin-flow';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('local mode stays local', () => {
  it('when HOST is an address other machines reach and there are no credentials, then Positie refuses to start and says why', async () => {
    // Should it start after all, it is stopped at once: an unauthenticated bot must not stay on the network.
    const outcome = await startAppProcess({ HOST: '0.0.0.0' }).then(
      async (app) => {
        await app.stop();
        return 'it started';
      },
      (error: unknown) => String(error),
    );
    expect(outcome).toMatch(/exited with 1[\s\S]*HOST: 0\.0\.0\.0 is reachable from the network[\s\S]*ALLOW_REMOTE_LOCAL_MODE=true/);
  });

  it('when ALLOW_REMOTE_LOCAL_MODE=true is set on purpose, then it starts and warns loudly that anyone who reaches it can act as anyone', async () => {
    const app = await startAppProcess({ HOST: '0.0.0.0', ALLOW_REMOTE_LOCAL_MODE: 'true' });
    try {
      expect(app.output()).toContain('LOCAL MODE ON THE NETWORK (ALLOW_REMOTE_LOCAL_MODE=true): anyone who reaches 0.0.0.0 can act as any person');
    } finally {
      await app.stop();
    }
  });
});

describe('answers that tell nothing back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('when an unknown path is asked for, under /export or anywhere, then the 404 does not repeat it', async () => {
    for (const path of ['/export/a1b2c3-secret-token/more', '/export/x/<script>alert(1)</script>', '/nothing-here-9f8e7d', '/api/messages/extra']) {
      const response = await fetch(`${t.baseUrl}${path}`);
      const body = await response.text();
      expect([path, response.status]).toEqual([path, 404]);
      expect(body).toBe('{"code":"NotFound","message":"Niet gevonden / not found"}');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('the local-mode route as-user finds a check-in by', () => {
  it('lists the open check-in ids of a conversation in local mode, and does not exist with credentials', async () => {
    const local = await startTestApp();
    try {
      const flow = new CheckinFlow(local, 'dev-open');
      const { checkinId } = await flow.start(testUser(1900));
      await flow.act(testUser(1901), 'checkin.answer', { checkinId, choice: 'gesprekken', role: 'verbinder', note: 'geheime notitie' });
      const query = new URLSearchParams({ tenant: TENANT, conversation: flow.conversationId });
      const response = await fetch(`${local.baseUrl}/dev/open-checkins?${query}`);
      const body = await response.text();
      expect(response.status).toBe(200);
      expect(JSON.parse(body)).toEqual({ checkins: [{ checkinId, topic: 'dilemma:rapport-in-de-la', dueAt: expect.any(String) }] });
      expect(body).not.toContain('geheime notitie');
      expect((await fetch(`${local.baseUrl}/dev/open-checkins?tenant=x`)).status).toBe(400);
    } finally {
      await local.close();
    }
    const withCredentials = await startTestApp({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555', CHECKIN_SECRET: 'c'.repeat(32), EXPORT_SECRET: 'e'.repeat(32) });
    try {
      expect((await fetch(`${withCredentials.baseUrl}/dev/open-checkins?tenant=${TENANT}&conversation=x`)).status).toBe(404);
    } finally {
      await withCredentials.close();
    }
  });
});
