import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../../src/store/embedded-azurite';

export interface RunningBot {
  botUrl: string;
  playgroundUrl: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Starts the built app exactly as `npm start` does (embedded in-memory Azurite and the Agents
 * Playground), on free ports, and waits until both answer.
 */
export async function startBotWithPlayground(env: Record<string, string> = {}): Promise<RunningBot> {
  // A fresh app's language is the default one: the shell's DEFAULT_LANGUAGE does not leak in.
  const { DEFAULT_LANGUAGE: _shell, ...inherited } = process.env;
  const port = await freePort();
  const playgroundPort = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js'), '--in-memory', '--playground'], {
    cwd: ROOT,
    env: { ...inherited, PORT: String(port), PLAYGROUND_PORT: String(playgroundPort), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const botUrl = `http://127.0.0.1:${port}`;
  const playgroundUrl = `http://localhost:${playgroundPort}`;
  await waitFor(`${botUrl}/readyz`, child);
  await waitFor(playgroundUrl, child);
  return { botUrl, playgroundUrl, stop: () => stop(child) };
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 8000);
  await exited;
  clearTimeout(timer);
}
