// First of all: telemetry (when configured) must patch http before anything else loads it.
import { instanceId, stopTelemetry, telemetryOn } from './telemetry/start';
import { traceFields } from './telemetry/trace-fields';
import { mkdirSync } from 'node:fs';
import { createApp, type App } from './app';
import { loadConfigOrSayWhy } from './config';
import { createLogger } from './log';
import type { Playground } from './playground';
import { createTableStore } from './store/table-store';
import { tableSource } from './table-source';
import { wallTimeMs } from './clock';
import { listenHost, localModeWarnings } from './http/listen-host';
import { loadOrCreateLocalSecret } from './local-secrets';

/** How long a stop waits for telemetry to flush. */
const TELEMETRY_FLUSH_MS = 10_000;

/** Entry point: `node dist/main.js [--in-memory] [--playground]`. */
async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const config = loadConfigOrSayWhy(process.env);
  if (!config) process.exit(1);
  const logger = createLogger(config.LOG_LEVEL, { mixin: traceFields });
  const started = wallTimeMs();
  for (const warning of localModeWarnings(config)) logger.warn(warning);
  const children: { stop(): Promise<void> }[] = [];
  const stopChildren = (): Promise<void[]> => Promise.all(children.map((c) => c.stop()));
  const { source, azurite } = await tableSource(config, logger, args.has('--in-memory'));
  if (azurite) children.push(azurite);
  let app: App;
  let port: number;
  try {
    // Local mode keeps its secret with its data; with --in-memory nothing is kept, so neither is the secret.
    const localSecret = config.localMode && !args.has('--in-memory') ? await loadOrCreateLocalSecret(config.DATA_DIR) : undefined;
    app = await createApp({ config, logger, tables: createTableStore(source, config.TABLE_PREFIX), instanceId, ...(localSecret ? { localSecret } : {}) });
    port = await app.listen(config.PORT);
  } catch (error) {
    await stopChildren();
    throw error;
  }
  logger.info({ port, ms: wallTimeMs() - started, instance: instanceId, telemetry: telemetryOn }, `Positie listens on http://${listenHost(config)}:${port}/api/messages`);

  let playground: Playground | undefined;
  if (args.has('--playground') && config.PLAYGROUND && config.localMode) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    try {
      // Loaded only here: the Playground is a dev dependency, absent from a production install.
      const { startPlayground } = await import('./playground');
      playground = await startPlayground({ botPort: port, port: config.PLAYGROUND_PORT, logger, logDir: config.DATA_DIR });
    } catch (error) {
      await app.close();
      await stopChildren();
      throw error;
    }
    children.push(playground);
    logger.info(`Open the Agents Playground: http://localhost:${playground.port}`);
    process.stdout.write(`\n  Positie is running. Open http://localhost:${playground.port} to chat with it.\n\n`);
  }

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await app.close();
    await stopChildren();
    // The last metrics and spans go out now; an unreachable endpoint does not hold up the exit.
    await Promise.race([stopTelemetry(), new Promise((resolve) => setTimeout(resolve, TELEMETRY_FLUSH_MS))]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Positie failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
