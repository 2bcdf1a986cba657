import { RestError, TableClient } from '@azure/data-tables';
import type { TokenCredential } from '@azure/core-auth';
import { TABLES, tableName, type TableKey } from './table-names';

export type TableSource =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'endpoint'; endpoint: string; credential: TokenCredential };

/** The table clients of one storage account, created once by the composition root. */
export interface TableStore {
  table(key: TableKey): TableClient;
  /** Creates every table that does not exist yet. */
  ensureTables(): Promise<void>;
  /** Resolves when the service answers within `timeoutMs`, rejects otherwise. */
  ping(timeoutMs: number): Promise<void>;
  /** Names of all tables of this install (for export/delete scans and tests). */
  names(): string[];
}

export function createTableStore(source: TableSource, prefix: string): TableStore {
  const allowInsecure = source.kind === 'connectionString' && /UseDevelopmentStorage|127\.0\.0\.1|localhost/.test(source.connectionString);
  const options = { allowInsecureConnection: allowInsecure, retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 } };
  const make = (name: string): TableClient =>
    source.kind === 'connectionString'
      ? TableClient.fromConnectionString(source.connectionString, name, options)
      : new TableClient(source.endpoint, name, source.credential, options);

  const clients = new Map<TableKey, TableClient>();
  for (const key of Object.keys(TABLES) as TableKey[]) clients.set(key, make(tableName(prefix, key)));

  return {
    table(key) {
      const client = clients.get(key);
      if (!client) throw new Error(`unknown table ${key}`);
      return client;
    },
    async ensureTables() {
      await Promise.all([...clients.values()].map((c) => c.createTable()));
    },
    async ping(timeoutMs) {
      // A point read in a table the identity may use: Storage Table Data Contributor may not
      // read service properties. 404 means storage answered.
      try {
        await clients.get('people')?.getEntity('readyz', 'readyz', { abortSignal: AbortSignal.timeout(timeoutMs), requestOptions: { timeout: timeoutMs } });
      } catch (error) {
        if (error instanceof RestError && error.statusCode === 404) return;
        throw error;
      }
    },
    names() {
      return [...clients.values()].map((c) => c.tableName);
    },
  };
}
