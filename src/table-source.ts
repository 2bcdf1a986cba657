import { ManagedIdentityCredential, DefaultAzureCredential } from '@azure/identity';
import path from 'node:path';
import type { Config } from './config';
import type { Logger } from './log';
import type { EmbeddedAzurite } from './store/embedded-azurite';
import type { TableSource } from './store/table-store';

/**
 * Where the tables are, as configured: a connection string, an endpoint reached with managed
 * identity (or the developer's Azure login), or — with neither — the embedded Azurite on
 * DATA_DIR that local mode uses. The app and `npm run report` both start from here, so the
 * report always reads the storage the app writes.
 */
export async function tableSource(config: Config, logger: Logger, inMemory: boolean): Promise<{ source: TableSource; azurite?: EmbeddedAzurite }> {
  if (config.TABLES_CONNECTION_STRING) return { source: { kind: 'connectionString', connectionString: config.TABLES_CONNECTION_STRING } };
  if (config.TABLES_ENDPOINT) {
    const credential = config.AZURE_CLIENT_ID ? new ManagedIdentityCredential({ clientId: config.AZURE_CLIENT_ID }) : new DefaultAzureCredential();
    return { source: { kind: 'endpoint', endpoint: config.TABLES_ENDPOINT, credential } };
  }
  // Loaded only without a configured storage: Azurite is a dev dependency, absent in production.
  const { startAzurite } = await import('./store/embedded-azurite');
  const azurite = await startAzurite({ dataDir: inMemory ? undefined : path.join(config.DATA_DIR, 'azurite') });
  logger.info({ location: azurite.location, port: azurite.port }, 'embedded Azurite table storage started');
  return { source: { kind: 'connectionString', connectionString: azurite.connectionString }, azurite };
}
