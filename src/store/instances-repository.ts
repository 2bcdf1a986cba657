import type { TableClient } from '@azure/data-tables';
import { ignoreNotFound } from './rows';
import { odataString, safeKey } from './keys';

const PARTITION = 'live';
/** Rows of instances gone this long are removed when counting. */
const FORGET_AFTER_MS = 24 * 3600_000;

/** One row per running app instance with when it last said it was alive. */
export class InstancesRepository {
  constructor(private readonly table: TableClient) {}

  async beat(instanceId: string, at: Date): Promise<void> {
    await this.table.upsertEntity({ partitionKey: PARTITION, rowKey: safeKey(instanceId), seenAt: at.toISOString() }, 'Replace');
  }

  /** Instances seen at or after `since`; rows of long-gone instances are cleared on the way. */
  async liveSince(since: Date): Promise<number> {
    const from = since.toISOString();
    const forget = new Date(since.getTime() - FORGET_AFTER_MS).toISOString();
    let live = 0;
    const filter = `PartitionKey eq ${odataString(PARTITION)}`;
    for await (const row of this.table.listEntities<{ seenAt: string }>({ queryOptions: { filter } })) {
      if (row.seenAt >= from) live += 1;
      else if (row.seenAt < forget) await this.table.deleteEntity(PARTITION, row.rowKey ?? '').catch(ignoreNotFound);
    }
    return live;
  }

  async remove(instanceId: string): Promise<void> {
    await this.table.deleteEntity(PARTITION, safeKey(instanceId)).catch(ignoreNotFound);
  }
}
