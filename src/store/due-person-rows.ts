import type { TableClient } from '@azure/data-tables';
import type { DueRepository } from './due-repository';
import { odataString } from './keys';
import { ignoreNotFound } from './rows';

/** A pending send of the person: next prompt, next summary, or a snoozed prompt. */
export interface PendingSend {
  kind: string;
  dueAt: string;
  deliveryId?: string;
}

interface DueRow {
  partitionKey: string;
  rowKey: string;
  kind: string;
  dueAt: string;
  deliveryId?: string;
}

/**
 * Entries of the due index live in minute buckets; a snooze has no pointer row, so the person's
 * entries are found by their `personKey` field. This scans the index (one row per pending send
 * of everyone) and runs only on export and delete.
 */
export async function pendingSendsOf(due: TableClient, personKey: string): Promise<PendingSend[]> {
  const sends: PendingSend[] = [];
  for await (const r of due.listEntities<DueRow>({ queryOptions: { filter: `personKey eq ${odataString(personKey)}` } })) {
    sends.push({ kind: r.kind, dueAt: r.dueAt, ...(r.deliveryId ? { deliveryId: r.deliveryId } : {}) });
  }
  return sends.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** Unschedules prompt, summary and reminder (entries and pointers), then removes whatever entry is left (snoozes). */
export async function deletePendingSends(repository: DueRepository, due: TableClient, personKey: string): Promise<number> {
  await repository.unschedule(personKey, 'prompt');
  await repository.unschedule(personKey, 'summary');
  await repository.unschedule(personKey, 'reminder');
  let count = 0;
  const filter = `personKey eq ${odataString(personKey)}`;
  for await (const r of due.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    await due.deleteEntity(r.partitionKey ?? '', r.rowKey ?? '').catch(ignoreNotFound);
    count += 1;
  }
  return count;
}
