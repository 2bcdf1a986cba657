import type { TableClient } from '@azure/data-tables';
import { odataString } from './keys';

/** What export and erasure need of a kept check-in to look for one person's rows in it. */
export interface KeptCheckin {
  conversationKey: string;
  id: string;
  owner: string;
  /** Set for a check-in a recurring series posted: its owner is the series' owner key. */
  seriesId?: string;
  topicKind: string;
  topicId: string;
  createdAt: string;
  status: string;
}

interface Row {
  partitionKey: string;
  rowKey: string;
  owner?: string;
  seriesId?: string;
  topicKind: string;
  topicId: string;
  createdAt: string;
  status: string;
}

/**
 * Every check-in still kept in a tenant (retention deletes the rest), reading only the columns
 * needed. The time-keyed list rows beside them have no tenant, so the filter skips them.
 */
export async function keptCheckinsOf(table: TableClient, tenantId: string): Promise<KeptCheckin[]> {
  const out: KeptCheckin[] = [];
  const queryOptions = { filter: `tenantId eq ${odataString(tenantId)}`, select: ['PartitionKey', 'RowKey', 'owner', 'seriesId', 'topicKind', 'topicId', 'createdAt', 'status'] };
  for await (const r of table.listEntities<Row>({ queryOptions })) {
    out.push({ conversationKey: r.partitionKey, id: decodeURIComponent(r.rowKey), owner: r.owner ?? '', ...(r.seriesId ? { seriesId: r.seriesId } : {}), topicKind: r.topicKind, topicId: r.topicId, createdAt: r.createdAt, status: r.status });
  }
  return out;
}
