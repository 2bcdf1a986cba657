import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { getStatus } from './http-client';

const ROOT = path.resolve(__dirname, '../../..');

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first 200 from /readyz. */
  startupMs: number;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, no cleanup. */
  kill(): Promise<void>;
}

/**
 * Runs a server script as its own Node process (one process: `node --import tsx`, so a
 * SIGKILL really ends it) and resolves once GET /readyz answers 200.
 */
export async function startAppProcess(options: { script: string; port: number; env: Record<string, string>; readyTimeoutMs?: number; useTsx?: boolean; nodeArgs?: string[] }): Promise<AppProcess> {
  const started = performance.now();
  const args = [...(options.nodeArgs ?? []), ...(options.useTsx === false ? [] : ['--import', 'tsx']), options.script];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = started + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.script} exited with ${child.exitCode}: ${stderr}`);
    if ((await getStatus(`http://127.0.0.1:${options.port}/readyz`, 1000)) === 200) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.script} not ready within ${options.readyTimeoutMs ?? 60_000} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const startupMs = performance.now() - started;
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    // A process that does not stop within 10 s is killed: a bench or test never hangs on it.
    const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(hard);
  };
  return { child, port: options.port, startupMs, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** Where a path inside the repository is, for scripts run from any directory. */
export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
