// Measures how a built Positie holds up against the attacks of issue 17, for before/after figures:
//   node scripts/measure-edge.mjs [root]     (root: a checkout with dist/ and node_modules; default: this one)
// Starts its own Azurite (from this checkout's dev dependencies) and the app as child processes
// (production mode with fake credentials, then local mode), prints one line per attack, and
// stops everything it started. Needs no network.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(process.argv[2] ?? here);
const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = [];

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function start(args, env) {
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  children.push(child);
  return { child, output: () => output };
}

async function waitFor(check, what, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what} did not come up`);
}

const memory = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
};

function bytesIn(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesIn(full) : statSync(full).size;
  }
  return total;
}

async function request(url, init, timeoutMs = 60_000) {
  const started = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, text, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    return { status: `error (${error.name})`, text: '', seconds: (Date.now() - started) / 1000 };
  }
}

const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
function rs256Token(claims) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const body = b64(claims);
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

function activity(user, extra = {}) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: `user-${user}`, name: `Meting ${user}`, aadObjectId: `00000000-0000-0000-0000-${String(user).padStart(12, '0')}` },
    recipient: { id: 'bot-id', name: 'Positie' },
    conversation: { id: `personal-${user}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'nl-NL',
    ...extra,
  };
}

/** Sends the head with a Content-Length, then one body byte a second; resolves with seconds until the server hangs up. */
function slowBody(port, capSeconds) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`);
    });
    let status = 'none';
    const timer = setInterval(() => socket.write('{'), 1000);
    const cap = setTimeout(() => done(`still open after ${capSeconds} s`), capSeconds * 1000);
    socket.on('data', (d) => (status = String(d).split('\r\n')[0]));
    socket.on('error', () => undefined);
    socket.on('close', () => done(`closed after ${((Date.now() - started) / 1000).toFixed(1)} s (${status})`));
    function done(what) {
      clearInterval(timer);
      clearTimeout(cap);
      socket.destroy();
      resolve(what);
    }
  });
}

async function main() {
  const azuritePort = await freePort();
  const azurite = start([path.join(here, 'scripts/azurite-child.cjs'), '--tableHost', '127.0.0.1', '--tablePort', String(azuritePort), '--inMemoryPersistence', '--silent', '--skipApiVersionCheck', '--disableTelemetry'], {});
  await waitFor(async () => azurite.output().includes('successfully'), 'Azurite');
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${azuritePort}/devstoreaccount1;`;
  const common = { TABLES_CONNECTION_STRING: connectionString, SCHEDULER: 'off', LOG_LEVEL: 'warn', PLAYGROUND: 'off' };

  // --- production mode, fake credentials ---
  const tmp = mkdtempSync(path.join(tmpdir(), 'positie-measure-'));
  const port = await freePort();
  const app = start([path.join(root, 'dist/main.js')], {
    ...common,
    PORT: String(port),
    TMPDIR: tmp,
    NODE_ENV: 'production',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555',
    CHECKIN_SECRET: 'c'.repeat(32),
    EXPORT_SECRET: 'e'.repeat(32),
    PUBLIC_BASE_URL: 'https://positie.example.nl',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 'production app');
  const pid = app.child.pid;
  console.log(`root ${root}`);
  console.log(`production mode: started, RSS ${memory(pid).rssMb.toFixed(0)} MB, peak ${memory(pid).peakMb.toFixed(0)} MB`);

  const form = new FormData();
  form.append('file', new Blob([Buffer.alloc(5 * 1024 * 1024, 7)]), 'five.bin');
  const multipart = await request(`${base}/api/messages`, { method: 'POST', body: form });
  await sleep(500);
  console.log(`multipart 5 MB upload: status ${multipart.status}, bytes left in temp folder ${bytesIn(tmp)}`);

  const urlencoded = await request(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' });
  console.log(`urlencoded body: status ${urlencoded.status}`);

  const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024));
  const before = memory(pid);
  const bombs = await Promise.all([1, 2, 3].map(() => request(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body: bomb })));
  await sleep(300);
  const after = memory(pid);
  console.log(`3 concurrent gzip bombs (${(bomb.length / 1024).toFixed(0)} KB -> 200 MB each): statuses ${bombs.map((b) => b.status).join(',')}, peak RSS ${before.peakMb.toFixed(0)} -> ${after.peakMb.toFixed(0)} MB (+${(after.peakMb - before.peakMb).toFixed(0)} MB)`);

  const now = Math.floor(Date.now() / 1000);
  const forged = rs256Token({ iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 600, nbf: now - 60, serviceurl: 'http://127.0.0.1:9/' });
  const forgedAnswer = await request(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${forged}` }, body: JSON.stringify(activity(1, { type: 'message', text: 'hulp' })) });
  console.log(`forged RS256 token (keys not fetchable): status ${forgedAnswer.status} in ${forgedAnswer.seconds.toFixed(1)} s, body ${JSON.stringify(forgedAnswer.text.slice(0, 120))}`);

  const headers = await request(`${base}/healthz`, { headers: { 'X-Big': 'x'.repeat(64 * 1024) } });
  console.log(`64 KB header: status ${headers.status}`);
  console.log(`slow body (1 byte/s): ${await slowBody(port, 60)}`);
  console.log(`production listens on: ${listening(port)}`);
  app.child.kill('SIGTERM');
  await sleep(500);
  rmSync(tmp, { recursive: true, force: true });

  // --- local mode: storage hang ---
  const localPort = await freePort();
  const local = start([path.join(root, 'dist/main.js')], { ...common, PORT: String(localPort) });
  const localBase = `http://127.0.0.1:${localPort}`;
  await waitFor(async () => (await fetch(`${localBase}/healthz`)).ok, 'local app');
  console.log(`local mode listens on: ${listening(localPort)}`);
  const prompt = await request(`${localBase}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity(2, { type: 'message', text: 'reflecteer', deliveryMode: 'expectReplies' })) });
  const deliveryId = /"deliveryId":"([^"]+)"/.exec(prompt.text)?.[1];
  const role = /"id":"role"[^\]]*?"value":"([^"]+)"/.exec(prompt.text)?.[1];
  process.kill(azurite.child.pid, 'SIGSTOP');
  const answer = await request(
    `${localBase}/api/messages`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity(2, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'reflection.answer', data: { deliveryId, position: '3', role, note: 'tijdens de storing' } } } })) },
    300_000,
  );
  const readyz = await request(`${localBase}/readyz`, {}, 30_000);
  process.kill(azurite.child.pid, 'SIGCONT');
  console.log(`answer during storage hang: status ${answer.status} after ${answer.seconds.toFixed(1)} s, error card with the note: ${answer.text.includes('tijdens de storing')}; /readyz ${readyz.status} after ${readyz.seconds.toFixed(1)} s`);
  local.child.kill('SIGTERM');
}

function listening(port) {
  const addresses = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a.address);
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const rows = readFileSync('/proc/net/tcp', 'utf8').split('\n').filter((l) => l.includes(`:${hex} `) && / 0A /.test(l));
  const bound = rows.map((l) => {
    const local = l.trim().split(/\s+/)[1]?.split(':')[0] ?? '';
    return local.match(/../g).reverse().map((h) => parseInt(h, 16)).join('.');
  });
  return `${bound.join(', ') || '(IPv6 socket, see ss)'}; machine has non-loopback ${addresses.join(', ') || 'none'}`;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });
