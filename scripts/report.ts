/**
 * Adoption figures the organisation may see, per ISO week and tenant: people registered, active,
 * answers and team check-ins, only for groups of at least 10 people, rounded to 5. Reads the same
 * settings and table storage as the app (TABLES_CONNECTION_STRING, TABLES_ENDPOINT, or the local
 * Azurite data in DATA_DIR — stop `npm start` first, two Azurites must not share one folder).
 * Usage: npm run report -- [--weeks N] [--tenant <id>] [--lang nl|en] [--json] [--tenant-ids]
 */
import pino from 'pino';
import { systemClock } from '../src/clock';
import { loadConfigOrSayWhy } from '../src/config';
import { createLogger } from '../src/log';
import { runReport } from '../src/report/run-report';
import { createTableStore } from '../src/store/table-store';
import { tableSource } from '../src/table-source';

async function main(): Promise<number> {
  const config = loadConfigOrSayWhy(process.env);
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { destination: pino.destination(2) });
  const { source, azurite } = await tableSource(config, logger, false);
  try {
    const run = await runReport({ config, tables: createTableStore(source, config.TABLE_PREFIX), argv: process.argv.slice(2), now: systemClock().now() });
    process.stdout.write(run.output);
    process.stderr.write(run.problem);
    return run.exitCode;
  } finally {
    await azurite?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`The report could not be made: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
