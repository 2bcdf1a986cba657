import { startAzurite } from '../../src/store/embedded-azurite';

/**
 * Stryker runs Jest again and again in one process per worker, with this as the global setup each
 * time: one Azurite per worker process, started at the first run and stopped when the process
 * ends, instead of one per mutant.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_TABLES_CONNECTION_STRING) return;
  const azurite = await startAzurite({});
  process.env.TEST_TABLES_CONNECTION_STRING = azurite.connectionString;
  process.env.TEST_AZURITE_PORT = String(azurite.port);
  process.once('exit', () => void azurite.stop());
}
