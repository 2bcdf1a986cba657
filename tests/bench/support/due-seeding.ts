import type { TableClient, TransactionAction } from '@azure/data-tables';
import { duePartition } from '../../../src/store/due-repository';
import { inPool } from './bench-kit';

/**
 * Writes due-index entries straight into the due table, in batches of 100 per bucket, for
 * seeding large benchmarks in seconds rather than minutes. The row layout mirrors
 * src/store/due-repository.ts (its bucket partitions, row "<kind>_<person>", pointer
 * partition "p<person>"); the benches check it by running a real tick over the result.
 */
export interface SeedEntry {
  personKey: string;
  dueAt: Date;
}

export async function writeDueEntries(due: TableClient, entries: readonly SeedEntry[], options: { pointers: boolean; parallel: number }): Promise<void> {
  const byBucket = new Map<string, SeedEntry[]>();
  for (const entry of entries) {
    const bucket = duePartition(entry.personKey, entry.dueAt);
    const list = byBucket.get(bucket) ?? [];
    list.push(entry);
    byBucket.set(bucket, list);
  }
  const batches: { bucket: string; entries: SeedEntry[] }[] = [];
  for (const [bucket, list] of byBucket) {
    for (let i = 0; i < list.length; i += 100) batches.push({ bucket, entries: list.slice(i, i + 100) });
  }
  await inPool(batches.length, options.parallel, async (index) => {
    const batch = batches[index];
    if (!batch) return;
    const actions: TransactionAction[] = batch.entries.map((e) => [
      'upsert',
      { partitionKey: batch.bucket, rowKey: `prompt_${e.personKey}`, personKey: e.personKey, kind: 'prompt', dueAt: e.dueAt.toISOString() },
      'Replace',
    ]);
    await due.submitTransaction(actions);
  });
  if (!options.pointers) return;
  await inPool(entries.length, options.parallel, async (index) => {
    const entry = entries[index];
    if (!entry) return;
    await due.upsertEntity({ partitionKey: `p${entry.personKey}`, rowKey: 'prompt', bucket: duePartition(entry.personKey, entry.dueAt) }, 'Replace');
  });
}
