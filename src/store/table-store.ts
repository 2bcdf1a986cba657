import { TableClient, TableServiceClient } from '@azure/data-tables';
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
  const service =
    source.kind === 'connectionString'
      ? TableServiceClient.fromConnectionString(source.connectionString, options)
      : new TableServiceClient(source.endpoint, source.credential, options);

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
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        await service.getProperties({ abortSignal: controller.signal, requestOptions: { timeout: timeoutMs } });
      } finally {
        clearTimeout(timer);
      }
    },
    names() {
      return [...clients.values()].map((c) => c.tableName);
    },
  };
}
