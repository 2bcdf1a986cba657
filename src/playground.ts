import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Logger } from './log';
import { wallTimeMs } from './clock';

export interface Playground {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts the Microsoft 365 Agents Playground (offline) pointed at the bot on channel msteams,
 * with the mock Teams context of `.m365agentsplayground.yml`, and waits until it serves.
 */
export async function startPlayground(options: { botPort: number; port: number; logger: Logger; logDir: string }): Promise<Playground> {
  const cli = path.resolve(__dirname, '../scripts/playground-child.cjs');
  const child = spawn(
    process.execPath,
    [cli, '-e', `http://127.0.0.1:${options.botPort}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.resolve(options.logDir, 'playground.log'),
      },
    },
  );
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code;
    if (code !== 0 && code !== null) options.logger.error({ code, log: options.logDir }, 'Agents Playground stopped; see playground.log');
  });
  const deadline = wallTimeMs() + 30_000;
  while (!(await serves(options.port))) {
    if (exitCode !== null) throw new Error(`Agents Playground exited with code ${exitCode}; see ${options.logDir}/playground.log`);
    if (wallTimeMs() > deadline) throw new Error('Agents Playground did not start within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port: options.port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

async function serves(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
