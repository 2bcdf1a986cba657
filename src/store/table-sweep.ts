import type { TableClient } from '@azure/data-tables';
import { ignoreNotFound } from './rows';

/** Deletes in small parallel batches: fast enough for a daily sweep, gentle on the account. */
const PARALLEL_DELETES = 16;

export interface RowKeys {
  partitionKey: string;
  rowKey: string;
}

/** The keys of every row matching `filter` (a full-table query; for daily and on-request jobs). */
export async function keysWhere(table: TableClient, filter: string): Promise<RowKeys[]> {
  const keys: RowKeys[] = [];
  for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    keys.push({ partitionKey: e.partitionKey ?? '', rowKey: e.rowKey ?? '' });
  }
  return keys;
}

export async function deleteRows(table: TableClient, rows: readonly RowKeys[]): Promise<number> {
  for (let i = 0; i < rows.length; i += PARALLEL_DELETES) {
    await Promise.all(rows.slice(i, i + PARALLEL_DELETES).map((r) => table.deleteEntity(r.partitionKey, r.rowKey).catch(ignoreNotFound)));
  }
  return rows.length;
}

/** Deletes every row matching `filter`; returns how many. */
export async function deleteWhere(table: TableClient, filter: string): Promise<number> {
  return deleteRows(table, await keysWhere(table, filter));
}
