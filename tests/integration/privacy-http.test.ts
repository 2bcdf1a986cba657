import { messageActivity, testUser } from '../support/activities';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

describe('HTTP edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MAX_BODY_KB: '16' });
  });
  afterAll(async () => t.close());

  const post = (body: string, contentType = 'application/json') => fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': contentType }, body });

  it('when any route answers, then it carries the security headers', async () => {
    const responses = [
      await fetch(`${t.baseUrl}/healthz`),
      await fetch(`${t.baseUrl}/readyz`),
      await fetch(`${t.baseUrl}/export/not-a-token`),
      await post(JSON.stringify(messageActivity(testUser(801), 'hulp', { serviceUrl: t.connector.url }))),
      await post('{"broken'),
      await fetch(`${t.baseUrl}/dev/tick`, { method: 'POST' }),
      await post('x'.repeat(17 * 1024)),
      await post('a=b', 'text/xml'),
      await fetch(`${t.baseUrl}/no-such-page`),
      await fetch(`${t.baseUrl}/api/messages`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 410, 200, 400, 400, 413, 415, 404, 405]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(`${response.url} ${name}: ${response.headers.get(name)}`).toBe(`${response.url} ${name}: ${value}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('when a body is larger than MAX_BODY_KB, then it gets 413 and nothing is stored', async () => {
    const before = (await allRows(t.tables)).length;
    const huge = messageActivity(testUser(802), 'x'.repeat(17 * 1024), { serviceUrl: t.connector.url });
    expect((await post(JSON.stringify(huge))).status).toBe(413);
    expect((await allRows(t.tables)).length).toBe(before);
  });

  it('when a body is not a JSON activity, then it gets 4xx and nothing is stored', async () => {
    const before = (await allRows(t.tables)).length;
    for (const [body, type] of [['{"broken', 'application/json'], ['[1,2]', 'application/json'], ['"text"', 'application/json'], ['a=b', 'application/x-www-form-urlencoded'], ['<x/>', 'text/xml']]) {
      const status = (await post(body ?? '', type)).status;
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    expect((await allRows(t.tables)).length).toBe(before);
  });
});
