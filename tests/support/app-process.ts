import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/store/embedded-azurite';

const ROOT = path.resolve(__dirname, '..', '..');

/** Credentials and secrets that satisfy production mode; nothing here reaches Microsoft. */
export const PRODUCTION_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '99999999-2222-3333-4444-555555555555',
  CHECKIN_SECRET: 'c'.repeat(32),
  EXPORT_SECRET: 'e'.repeat(32),
  PUBLIC_BASE_URL: 'https://positie.example.nl',
};

/** Positie as its own process (src/main.ts through tsx), so its memory and temp folder are its own. */
export interface AppProcess {
  baseUrl: string;
  port: number;
  pid: number;
  /** The process's own temp folder (TMPDIR). */
  tempDir: string;
  /** Everything it wrote to stdout and stderr (pino JSON lines). */
  output(): string;
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

let counter = 0;

export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const connectionString = process.env.TEST_TABLES_CONNECTION_STRING;
  if (!connectionString) throw new Error('integration tests need the global setup (Azurite)');
  counter += 1;
  const port = await freePort();
  const tempDir = mkdtempSync(path.join(tmpdir(), 'positie-proc-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      TMPDIR: tempDir,
      PORT: String(port),
      TABLES_CONNECTION_STRING: connectionString,
      TABLE_PREFIX: `p${process.pid}x${counter}x${Math.floor(Math.random() * 1e6)}`,
      SCHEDULER: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}: ${output}`);
    if (Date.now() > deadline) throw new Error(`app did not start: ${output}`);
    const up = await fetch(`${baseUrl}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    port,
    pid,
    tempDir,
    output: () => output,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          rmSync(tempDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Bytes of every file under `dir`. */
export function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
  }
  return total;
}
