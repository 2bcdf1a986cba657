import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedAzurite {
  connectionString: string;
  port: number;
  /** Where the data lives: a folder, or "memory". */
  location: string;
  stop(): Promise<void>;
}

function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Local mode and tests only: Azurite is a dev dependency, loaded by the child script, never by
 * this module, so a production install (`npm ci --omit=dev`) can still import it.
 * Starts Azurite's table service as a child process on 127.0.0.1 and resolves once it
 * listens. `dataDir` undefined means in memory.
 */
export async function startAzurite(options: { dataDir?: string; port?: number }): Promise<EmbeddedAzurite> {
  const port = options.port ?? (await freePort());
  const main = path.resolve(__dirname, '../../scripts/azurite-child.cjs');
  // Telemetry off: Azurite would otherwise report to Application Insights from the user's machine.
  const args = [main, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--skipApiVersionCheck', '--silent', '--disableTelemetry'];
  let location = 'memory';
  if (options.dataDir) {
    location = path.resolve(options.dataDir);
    mkdirSync(location, { recursive: true });
    args.push('--location', location);
  } else {
    args.push('--inMemoryPersistence');
  }
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  await waitForListening(child, port);
  return { connectionString: azuriteConnectionString(port), port, location, stop: () => stopChild(child) };
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Azurite did not start on port ${port} within 20 s: ${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('successfully')) {
        clearTimeout(timer);
        resolve();
      }
    };
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`Azurite exited with code ${code}: ${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGINT lets Azurite flush its data folder; SIGTERM loses the last seconds of writes.
    child.kill('SIGINT');
  });
}
