import { TableClient } from '@azure/data-tables';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline';
import { TABLES, tableName, type TableKey } from './table-names';
import { hasStatus } from './rows';

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

/**
 * Each try of a table call gets this long. A try that times out is not retried (the SDK retries
 * refused connections and 5xx, not aborts), so a hanging storage account fails a call in a few
 * seconds and a card action gets its error card well within Teams' patience, instead of waiting
 * for TCP (minutes).
 */
const TABLE_TRY_TIMEOUT_MS = 4000;

/** Gives every try a deadline unless the call set its own (readyz's ping sets a shorter one). */
const tryDeadline = {
  name: 'positieTryDeadline',
  sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
    if (!request.timeout) request.timeout = TABLE_TRY_TIMEOUT_MS;
    return next(request);
  },
};

export function createTableStore(source: TableSource, prefix: string): TableStore {
  const allowInsecure = source.kind === 'connectionString' && /UseDevelopmentStorage|127\.0\.0\.1|localhost/.test(source.connectionString);
  const options = {
    allowInsecureConnection: allowInsecure,
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
    additionalPolicies: [{ policy: tryDeadline, position: 'perRetry' as const }],
  };
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
        if (hasStatus(error, 404)) return;
        throw error;
      }
    },
    names() {
      return [...clients.values()].map((c) => c.tableName);
    },
  };
}
