import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { messageActivity, testUser } from '../support/activities';
import { PRODUCTION_ENV, startAppProcess, type AppProcess } from '../support/app-process';
import { forgedTokens } from '../support/forged-tokens';

jest.setTimeout(120_000);

/** What a raw socket got back and when the server hung up. */
function rawRequest(port: number, head: string, trickle: string | undefined): Promise<{ firstLine: string; seconds: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let firstLine = '';
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      if (trickle !== undefined) timer = setInterval(() => socket.write(trickle), 1000);
    });
    socket.on('data', (chunk: Buffer) => {
      firstLine ||= chunk.toString().split('\r\n')[0] ?? '';
      // Without a trickle only the answer matters; the server may keep the connection for the next request.
      if (trickle === undefined) socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ firstLine, seconds: (Date.now() - started) / 1000 });
    });
    // A server that never hangs up fails the expectations below instead of hanging the test.
    setTimeout(() => socket.destroy(), 60_000).unref();
  });
}

/** Waits (up to 3 s) for the child's log lines to come through the pipe. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 30 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 100));
}

describe('hostile requests against the app in production mode (credentials set, no network)', () => {
  let app: AppProcess;
  const user = testUser(1701);
  const activity = JSON.stringify(messageActivity(user, 'hulp', { serviceUrl: 'http://127.0.0.1:9/' }));
  beforeAll(async () => {
    app = await startAppProcess(PRODUCTION_ENV);
  });
  afterAll(async () => app.stop());

  it('when a 5 MB multipart upload arrives, then it gets 415 and no file is left in the temp folder', async () => {
    const before = readdirSync(app.tempDir);
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(5 * 1024 * 1024, 7)]), 'five.bin');
    form.append('activity', activity);
    const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', body: form }).catch(() => undefined);
    expect(response?.status).toBe(415);
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(app.tempDir).filter((name) => !before.includes(name))).toEqual([]);
  });

  it('when a form-encoded or text body arrives, then 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream']) {
      const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': type }, body: 'type=message&text=hulp' });
      expect([type, response.status]).toEqual([type, 415]);
    }
  });

  it('when three gzip bombs arrive at once, then each gets 415 and peak memory grows by less than 100 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    const before = app.memory();
    const statuses = await Promise.all(
      [1, 2, 3].map(async () => {
        const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: bomb }).catch(() => undefined);
        return response?.status;
      }),
    );
    const after = app.memory();
    expect(statuses).toEqual([415, 415, 415]);
    expect(after.peakMb - before.peakMb).toBeLessThan(100);
  });

  it('when forged tokens arrive, then each gets 401 or 503, never 500 or library text, and each is logged once with a reason and without the token', async () => {
    const tokens = forgedTokens(PRODUCTION_ENV.MicrosoftAppId ?? '', 'http://127.0.0.1:9/');
    const logBefore = app.output().length;
    for (const [kind, token] of Object.entries(tokens)) {
      const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: activity });
      const body = await response.text();
      expect([kind, [401, 503].includes(response.status)]).toEqual([kind, true]);
      if (response.status === 503) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(body).not.toMatch(/botframework|request to|ENOTFOUND|getaddrinfo|jwt|token/i);
    }
    const refusalsSince = (): string[] => app.output().slice(logBefore).split('\n').filter((line) => line.includes('"event":"auth.refused"'));
    await until(() => refusalsSince().length >= Object.keys(tokens).length);
    const log = app.output().slice(logBefore);
    const refusals = refusalsSince();
    expect(refusals).toHaveLength(Object.keys(tokens).length);
    for (const line of refusals) expect(JSON.parse(line)).toMatchObject({ reason: expect.any(String) });
    for (const token of Object.values(tokens)) expect(log.includes(token.split('.')[1] ?? token)).toBe(false);
  });

  it('when a request has no token, then 401 and the refusal is logged as such', async () => {
    const response = await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: activity });
    expect(response.status).toBe(401);
    await until(() => app.output().includes('"reason":"no token"'));
    expect(app.output()).toContain('"reason":"no token"');
  });

  it('when a header is huge, then 431 and the app stays up', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`, { headers: { 'X-Padding': 'x'.repeat(64 * 1024) } }).catch(() => undefined);
    expect(response?.status).toBe(431);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('when the export or health routes get a body, then 413 without reading it', async () => {
    const exported = await rawRequest(app.port, 'GET /export/abc HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nabc', undefined);
    expect(exported.firstLine).toBe('HTTP/1.1 413 Payload Too Large');
    const health = await rawRequest(app.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nabc', undefined);
    expect(health.firstLine).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('when a body or the headers trickle in, then the server cuts the request off within seconds', async () => {
    const [slowBody, slowHeaders] = await Promise.all([
      rawRequest(app.port, 'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n', '{'),
      rawRequest(app.port, 'POST /api/messages HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n'),
    ]);
    expect(slowBody.firstLine).toMatch(/^HTTP\/1\.1 408/);
    expect(slowBody.seconds).toBeLessThan(15);
    expect(slowHeaders.firstLine).toMatch(/^HTTP\/1\.1 408/);
    expect(slowHeaders.seconds).toBeLessThan(15);
  });
});
