import type { TableClient } from '@azure/data-tables';
import type { CheckinSeries } from '../domain/checkin-series';
import { deletePartition } from './answers-repository';
import { odataString, safeKey } from './keys';
import { conversationRefSchema } from './row-schemas';
import { findRow, hasStatus, ignoreNotFound, insertIfAbsent, parseJsonColumn, whenUnchanged } from './rows';

type Entity = Omit<CheckinSeries, 'conversationKey' | 'id' | 'reference' | 'etag'> & { partitionKey: string; rowKey: string; reference: string };

/** One series due at `at` (from the time-keyed list, so a tick reads only what is due). */
export interface DueSeries {
  conversationKey: string;
  id: string;
  at: string;
}

/** What export and erasure need of a series to tell whether one person set it up. */
interface KeptSeries {
  conversationKey: string;
  id: string;
  owner: string;
  everyWeeks: number;
  weekday: number;
  time: string;
  zone: string;
  topicKind: string;
  topicId: string;
  rotate: boolean;
  createdAt: string;
}

type OccurrenceClaim =
  | { kind: 'claimed'; attempt: number }
  /** Posted, or given up after MAX_OCCURRENCE_ATTEMPTS: move on to the next occurrence. */
  | { kind: 'done' }
  /** Another instance holds a live claim: leave it for a later tick. */
  | { kind: 'busy' };

/** An occurrence is tried at most this many times (first claim plus takeovers after a crash or a failed post). */
export const MAX_OCCURRENCE_ATTEMPTS = 3;

interface ClaimEntity {
  partitionKey: string;
  rowKey: string;
  state: 'claimed' | 'posted' | 'failed';
  claimedAt: string;
  claimedBy: string;
  attempts: number;
}

const DUE = 'due';
/** Person keys and conversation keys never start with this, so a claim partition is never another row's. */
const claimPartition = (seriesId: string): string => `occ_${seriesId}`;
const dueRowKey = (at: string, id: string): string => `${at}_${safeKey(id)}`;

/**
 * Recurring check-ins. A series lives in its conversation's partition (row = series id); `due`
 * lists each active series under its next occurrence, so a tick reads only the due ones; each
 * occurrence gets a claim row (`occ_<series>`, row = the occurrence instant) written by a
 * conditional insert before anything is posted, so with several instances one posts it.
 */
export class CheckinSeriesRepository {
  constructor(private readonly table: TableClient) {}

  /** False when this series already exists (the same setup card clicked twice). */
  async create(series: CheckinSeries): Promise<boolean> {
    if (!(await insertIfAbsent(() => this.table.createEntity(toEntity(series))))) return false;
    await this.listDue(series);
    return true;
  }

  async get(conversationKey: string, id: string): Promise<CheckinSeries | undefined> {
    const entity = await findRow<Entity>(this.table, conversationKey, safeKey(id));
    return entity ? fromEntity(entity) : undefined;
  }

  /** The series of one conversation, oldest first. */
  async listIn(conversationKey: string): Promise<CheckinSeries[]> {
    const out: CheckinSeries[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter: `PartitionKey eq ${odataString(conversationKey)}` } })) out.push(fromEntity(e));
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Series whose next occurrence is at or before `now`; reads only the due list. */
  async dueUpTo(now: Date): Promise<DueSeries[]> {
    const filter = `PartitionKey eq ${odataString(DUE)} and RowKey lt ${odataString(`${now.toISOString()}~`)}`;
    const out: DueSeries[] = [];
    for await (const e of this.table.listEntities<{ conversationKey: string; id: string }>({ queryOptions: { filter } })) {
      out.push({ conversationKey: e.conversationKey, id: e.id, at: (e.rowKey ?? '').split('_')[0] ?? '' });
    }
    return out;
  }

  /**
   * Moves a series on to its next occurrence if nobody changed it since it was read (false when
   * another instance did). The new due row is written before the old one goes, so a crash leaves
   * a stale row (skipped: it no longer matches the series) rather than a series that never comes.
   */
  async advance(series: CheckinSeries, nextAt: string, occurrence: number): Promise<boolean> {
    const moved = await whenUnchanged(() => this.table.updateEntity({ partitionKey: series.conversationKey, rowKey: safeKey(series.id), nextAt, occurrence }, 'Merge', { etag: series.etag ?? '*' }));
    if (!moved) return false;
    await this.listDue({ ...series, nextAt });
    await this.unlistDue({ id: series.id, at: series.nextAt });
    return true;
  }

  async unlistDue(due: Pick<DueSeries, 'id' | 'at'>): Promise<void> {
    await this.table.deleteEntity(DUE, dueRowKey(due.at, due.id)).catch(ignoreNotFound);
  }

  /**
   * Claim before post, as for daily prompts (src/scheduler/claim-delivery.ts): the conditional
   * insert makes one instance the poster; a claim left by a crashed instance, or a failed post,
   * is taken over after the lease with an etag check, at most MAX_OCCURRENCE_ATTEMPTS times.
   */
  async claimOccurrence(seriesId: string, at: string, instanceId: string, now: Date, leaseMs: number): Promise<OccurrenceClaim> {
    const claim = { state: 'claimed' as const, claimedAt: now.toISOString(), claimedBy: instanceId };
    const first: ClaimEntity = { partitionKey: claimPartition(seriesId), rowKey: at, ...claim, attempts: 1 };
    if (await insertIfAbsent(() => this.table.createEntity(first))) return { kind: 'claimed', attempt: 1 };
    const existing = await findRow<ClaimEntity>(this.table, claimPartition(seriesId), at);
    if (!existing) return { kind: 'busy' };
    if (existing.state === 'posted') return { kind: 'done' };
    const leaseOver = existing.state === 'claimed' && now.getTime() - Date.parse(existing.claimedAt) > leaseMs;
    if (!leaseOver && existing.state !== 'failed') return { kind: 'busy' };
    if (existing.attempts >= MAX_OCCURRENCE_ATTEMPTS) return { kind: 'done' };
    const attempt = existing.attempts + 1;
    const taken = await whenUnchanged(() => this.table.updateEntity({ partitionKey: first.partitionKey, rowKey: at, ...claim, attempts: attempt }, 'Merge', { etag: existing.etag }));
    return taken ? { kind: 'claimed', attempt } : { kind: 'busy' };
  }

  async finishOccurrence(seriesId: string, at: string, state: 'posted' | 'failed'): Promise<void> {
    await this.table.updateEntity({ partitionKey: claimPartition(seriesId), rowKey: at, state }, 'Merge');
  }

  /**
   * Claims of occurrences before `before`: no instance still works on them (a tick takes minutes
   * at most), and the series has moved on, so none can be claimed again.
   */
  async pruneClaims(seriesId: string, before: string): Promise<void> {
    const filter = `PartitionKey eq ${odataString(claimPartition(seriesId))} and RowKey lt ${odataString(before)}`;
    for await (const e of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      await this.table.deleteEntity(e.partitionKey ?? '', e.rowKey ?? '').catch(ignoreNotFound);
    }
  }

  /** Stops a series for good: its row, its due row and its claims go; check-ins it posted stay. */
  async delete(series: Pick<CheckinSeries, 'conversationKey' | 'id' | 'nextAt'>): Promise<void> {
    await this.unlistDue({ id: series.id, at: series.nextAt });
    await this.table.deleteEntity(series.conversationKey, safeKey(series.id)).catch((error: unknown) => {
      if (!hasStatus(error, 404)) throw error;
    });
    await deletePartition(this.table, claimPartition(series.id));
  }

  /** Every series of a tenant, with the columns export and erasure need (the lists have no tenant). */
  async keptIn(tenantId: string): Promise<(KeptSeries & { nextAt: string })[]> {
    const select = ['PartitionKey', 'RowKey', 'owner', 'everyWeeks', 'weekday', 'time', 'zone', 'topicKind', 'topicId', 'rotate', 'createdAt', 'nextAt'];
    const out: (KeptSeries & { nextAt: string })[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter: `tenantId eq ${odataString(tenantId)}`, select } })) {
      out.push({ conversationKey: e.partitionKey, id: decodeURIComponent(e.rowKey), owner: e.owner, everyWeeks: e.everyWeeks, weekday: e.weekday, time: e.time, zone: e.zone, topicKind: e.topicKind, topicId: e.topicId, rotate: e.rotate, createdAt: e.createdAt, nextAt: e.nextAt });
    }
    return out;
  }

  private async listDue(series: Pick<CheckinSeries, 'conversationKey' | 'id' | 'nextAt'>): Promise<void> {
    await this.table.upsertEntity({ partitionKey: DUE, rowKey: dueRowKey(series.nextAt, series.id), conversationKey: series.conversationKey, id: series.id }, 'Replace');
  }
}

function toEntity(s: CheckinSeries): Entity {
  const { conversationKey, id, reference, etag: _etag, ...rest } = s;
  return { ...rest, partitionKey: conversationKey, rowKey: safeKey(id), reference: JSON.stringify(reference) };
}

function fromEntity(e: Entity & { etag?: string }): CheckinSeries {
  const { partitionKey, rowKey, reference, ...rest } = e;
  const clean = Object.fromEntries(Object.entries(rest).filter(([k]) => !['etag', 'timestamp', 'odata.etag'].includes(k))) as Omit<CheckinSeries, 'conversationKey' | 'id' | 'reference'>;
  return { ...clean, conversationKey: partitionKey, id: decodeURIComponent(rowKey), reference: parseJsonColumn(conversationRefSchema, reference), ...(e.etag ? { etag: e.etag } : {}) };
}
