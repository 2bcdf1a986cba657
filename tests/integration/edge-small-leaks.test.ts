import { startAppProcess } from '../support/app-process';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('local mode stays local', () => {
  it('when HOST is an address other machines reach and there are no credentials, then Positie refuses to start and says why', async () => {
    await expect(startAppProcess({ HOST: '0.0.0.0' })).rejects.toThrow(/exited with 1[\s\S]*HOST: 0\.0\.0\.0 is reachable from the network[\s\S]*ALLOW_REMOTE_LOCAL_MODE=true/);
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
