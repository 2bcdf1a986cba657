import { startAzurite } from '../../src/store/embedded-azurite';

/** One real Azurite (in memory, random port) for the whole integration run. */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite({});
  process.env.TEST_TABLES_CONNECTION_STRING = azurite.connectionString;
  process.env.TEST_AZURITE_PORT = String(azurite.port);
  (globalThis as { __azurite?: { stop(): Promise<void> } }).__azurite = azurite;
}
