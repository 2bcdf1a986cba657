import type { TableClient } from '@azure/data-tables';
import { hasStatus, insertIfAbsent } from './rows';

interface ClaimEntity {
  partitionKey: string;
  rowKey: string;
  lastRunDate: string;
}

const PARTITION = 'job';
const ROW = 'retention';

/**
 * Takes the day's retention run for this instance: true for exactly one caller per date, also
 * when several instances tick at the same minute (create or update under the etag read).
 */
export async function claimRetentionRun(table: TableClient, localDate: string): Promise<boolean> {
  try {
    const current = await table.getEntity<ClaimEntity>(PARTITION, ROW);
    if (current.lastRunDate >= localDate) return false;
    await table.updateEntity<ClaimEntity>({ partitionKey: PARTITION, rowKey: ROW, lastRunDate: localDate }, 'Replace', { etag: current.etag });
    return true;
  } catch (error) {
    if (hasStatus(error, 412)) return false;
    if (!hasStatus(error, 404)) throw error;
  }
  return insertIfAbsent(() => table.createEntity<ClaimEntity>({ partitionKey: PARTITION, rowKey: ROW, lastRunDate: localDate }));
}
