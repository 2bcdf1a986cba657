import type { TableClient } from '@azure/data-tables';
import { DateTime } from 'luxon';
import { hashOf, odataString } from './keys';
import { deleteIfExists, findRow } from './rows';
import type { DueKind, DueEntry, ScheduledKind } from '../domain/due-entry';

interface DueEntity {
  partitionKey: string;
  rowKey: string;
  personKey: string;
  kind: DueKind;
  dueAt: string;
  deliveryId?: string;
}

/**
 * Each minute has SHARDS bucket partitions, "b" + UTC minute + "-" + shard of the person, so
 * that a ministry due at 16:00 is not one partition of 10,000 rows (Azure serves a partition
 * from one server; Azurite searches a partition row by row). They sort by minute, and pointer
 * rows ("p" + person) after all of them.
 */
const SHARDS = 32;

function minuteOf(instant: Date): string {
  return `b${DateTime.fromJSDate(instant, { zone: 'utc' }).toFormat('yyyyMMddHHmm')}`;
}

/** The bucket partition of a person's entry due at `instant`. */
export function duePartition(personKey: string, instant: Date): string {
  return `${minuteOf(instant)}-${String(hashOf(personKey) % SHARDS).padStart(2, '0')}`;
}

function pointerPartition(personKey: string): string {
  return `p${personKey}`;
}

function rowOf(entry: Pick<DueEntry, 'personKey' | 'kind' | 'deliveryId'>): string {
  return entry.kind === 'snooze' ? `snooze_${entry.personKey}_${entry.deliveryId ?? ''}` : `${entry.kind}_${entry.personKey}`;
}

/**
 * The due index. Entries live in minute buckets, so a tick reads only the buckets up to now:
 * its cost grows with the number of people due, not with the number of users. A pointer row
 * per person and kind remembers the bucket, so rescheduling removes the old entry.
 */
export class DueRepository {
  constructor(private readonly table: TableClient) {}

  /** Everything due at or before `now`, oldest first, at most `limit`. */
  async dueUpTo(now: Date, limit: number): Promise<DueEntry[]> {
    // Every bucket of every minute up to now's: "b…1600-07" and "b…1600" (before shards) sort before "b…1601".
    const filter = `PartitionKey ge 'b' and PartitionKey lt ${odataString(minuteOf(new Date(now.getTime() + 60_000)))}`;
    const out: DueEntry[] = [];
    for await (const e of this.table.listEntities<DueEntity>({ queryOptions: { filter } })) {
      out.push({ personKey: e.personKey, kind: e.kind, dueAt: e.dueAt, partition: e.partitionKey, ...(e.deliveryId ? { deliveryId: e.deliveryId } : {}) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Replaces the person's pending entry of this kind (prompt/summary) with one at `dueAt`. */
  async schedule(personKey: string, kind: ScheduledKind, dueAt: Date): Promise<void> {
    const previous = await this.pointer(personKey, kind);
    const bucket = duePartition(personKey, dueAt);
    const entry: DueEntity = { partitionKey: bucket, rowKey: rowOf({ personKey, kind }), personKey, kind, dueAt: dueAt.toISOString() };
    await this.table.upsertEntity(entry, 'Replace');
    await this.table.upsertEntity({ partitionKey: pointerPartition(personKey), rowKey: kind, bucket }, 'Replace');
    if (previous && previous !== bucket) await this.deleteRow(previous, rowOf({ personKey, kind }));
  }

  /**
   * Moves a processed entry to its next instant in three writes (new entry, pointer, old entry
   * removed), or removes it when there is no next instant.
   */
  async reschedule(entry: DueEntry, next: Date | undefined): Promise<void> {
    if (entry.kind === 'snooze') return this.remove(entry);
    const oldBucket = entry.partition;
    const row = rowOf(entry);
    if (next) {
      const bucket = duePartition(entry.personKey, next);
      if (bucket === oldBucket) return;
      await this.table.upsertEntity({ partitionKey: bucket, rowKey: row, personKey: entry.personKey, kind: entry.kind, dueAt: next.toISOString() }, 'Replace');
      await this.table.upsertEntity({ partitionKey: pointerPartition(entry.personKey), rowKey: entry.kind, bucket }, 'Replace');
      await this.deleteRow(oldBucket, row);
      return;
    }
    await this.deleteRow(oldBucket, row);
    await this.deleteRow(pointerPartition(entry.personKey), entry.kind);
  }

  /** A snoozed prompt comes again at `dueAt`. */
  async scheduleSnooze(personKey: string, deliveryId: string, dueAt: Date): Promise<void> {
    const entry: DueEntity = { partitionKey: duePartition(personKey, dueAt), rowKey: rowOf({ personKey, kind: 'snooze', deliveryId }), personKey, kind: 'snooze', dueAt: dueAt.toISOString(), deliveryId };
    await this.table.upsertEntity(entry, 'Replace');
  }

  /** Removes a processed entry (and its pointer when it still points at it). */
  async remove(entry: DueEntry): Promise<void> {
    const bucket = entry.partition;
    await this.deleteRow(bucket, rowOf(entry));
    if (entry.kind !== 'snooze' && (await this.pointer(entry.personKey, entry.kind)) === bucket) {
      await this.deleteRow(pointerPartition(entry.personKey), entry.kind);
    }
  }

  /** Stops scheduling this kind for the person (pause without end, 403, delete). */
  async unschedule(personKey: string, kind: ScheduledKind): Promise<void> {
    const previous = await this.pointer(personKey, kind);
    if (previous) await this.deleteRow(previous, rowOf({ personKey, kind }));
    await this.deleteRow(pointerPartition(personKey), kind);
  }

  /** The pending entries of one person (export). */
  async forPerson(personKey: string): Promise<{ kind: string; bucket: string }[]> {
    const out: { kind: string; bucket: string }[] = [];
    const filter = `PartitionKey eq ${odataString(pointerPartition(personKey))}`;
    for await (const e of this.table.listEntities<{ bucket: string }>({ queryOptions: { filter } })) out.push({ kind: e.rowKey ?? '', bucket: e.bucket });
    return out;
  }

  private async pointer(personKey: string, kind: string): Promise<string | undefined> {
    return (await findRow<{ bucket: string }>(this.table, pointerPartition(personKey), kind))?.bucket;
  }

  private async deleteRow(partitionKey: string, rowKey: string): Promise<void> {
    await deleteIfExists(this.table, partitionKey, rowKey);
  }
}
