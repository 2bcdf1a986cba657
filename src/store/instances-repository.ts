import type { TableClient } from '@azure/data-tables';
import type { LiveInstance } from '../domain/instance-shares';
import { ignoreNotFound } from './rows';
import { odataString, safeKey } from './keys';

const PARTITION = 'live';
/** Rows of instances gone this long are removed when counting. */
const FORGET_AFTER_MS = 24 * 3600_000;

interface InstanceRow {
  seenAt: string;
  doneTick?: string;
}

/** One row per running app instance: when it last said it was alive, and which tick it finished. */
export class InstancesRepository {
  constructor(private readonly table: TableClient) {}

  async beat(instanceId: string, at: Date, doneTick = ''): Promise<void> {
    await this.table.upsertEntity({ partitionKey: PARTITION, rowKey: safeKey(instanceId), seenAt: at.toISOString(), doneTick }, 'Replace');
  }

  /**
   * The instances seen at or after `since`, this one among them even when its own beat has not
   * landed. Rows of long-gone instances are cleared on the way.
   */
  async live(instanceId: string, since: Date): Promise<LiveInstance[]> {
    const self = safeKey(instanceId);
    const from = since.toISOString();
    const forget = new Date(since.getTime() - FORGET_AFTER_MS).toISOString();
    const live: LiveInstance[] = [];
    const filter = `PartitionKey eq ${odataString(PARTITION)}`;
    for await (const row of this.table.listEntities<InstanceRow>({ queryOptions: { filter } })) {
      const id = row.rowKey ?? '';
      if (row.seenAt >= from || id === self) live.push({ id, self: id === self, doneTick: row.doneTick ?? '' });
      else if (row.seenAt < forget) await this.table.deleteEntity(PARTITION, id).catch(ignoreNotFound);
    }
    if (!live.some((i) => i.self)) live.push({ id: self, self: true, doneTick: '' });
    return live;
  }

  async remove(instanceId: string): Promise<void> {
    await this.table.deleteEntity(PARTITION, safeKey(instanceId)).catch(ignoreNotFound);
  }
}
