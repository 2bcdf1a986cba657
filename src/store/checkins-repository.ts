import { createHash } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { odataString, safeKey } from './keys';
import { conversationRefSchema } from './row-schemas';
import { findRow, ignoreNotFound, insertIfAbsent, parseJsonColumn, whenUnchanged } from './rows';
import type { Checkin } from '../domain/checkin';

type Entity = Omit<Checkin, 'conversationKey' | 'id' | 'reference' | 'etag'> & { partitionKey: string; rowKey: string; reference: string };

/** Time-keyed lists beside the check-ins, so a tick reads only what is due: `open` by deadline, `expire` by end of retention. */
type ListName = 'open' | 'expire';
type ListedCheckin = Pick<Checkin, 'conversationKey' | 'id'> & { at: string };

/** Check-ins of a channel or group chat share a partition; thread replies (`;messageid=`) count as the channel. */
export function checkinConversationKey(tenantId: string, conversationId: string): string {
  const base = conversationId.split(';')[0] ?? conversationId;
  return `conv-${createHash('sha256').update(`${tenantId}|${base}`).digest('hex').slice(0, 40)}`;
}

/** Newest first within a partition (inverted start time), unique per start card. */
export function newCheckinId(startedMs: number, startToken: string): string {
  const inverted = String(9_999_999_999_999 - startedMs).padStart(13, '0');
  return `${inverted}-${createHash('sha256').update(startToken).digest('hex').slice(0, 10)}`;
}

export class CheckinsRepository {
  constructor(private readonly table: TableClient) {}

  /** False when this check-in already exists (the same start card clicked twice). */
  async create(checkin: Checkin): Promise<boolean> {
    if (!(await insertIfAbsent(() => this.table.createEntity(toEntity(checkin))))) return false;
    await this.list('open', checkin.dueAt, checkin);
    await this.list('expire', checkin.expiresAt, checkin);
    return true;
  }

  async get(conversationKey: string, id: string): Promise<Checkin | undefined> {
    const entity = await findRow<Entity>(this.table, conversationKey, safeKey(id));
    return entity ? fromEntity(entity) : undefined;
  }

  async setActivityId(checkin: Checkin, activityId: string): Promise<void> {
    await this.table.updateEntity({ partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), activityId }, 'Merge');
  }

  /** Marks the check-in closed if nobody changed it since it was read; false when another close won. */
  async markClosed(checkin: Checkin, changes: Required<Pick<Checkin, 'closedAt' | 'closedBy' | 'count'>> & Pick<Checkin, 'result'>): Promise<boolean> {
    const { result, ...rest } = changes;
    const entity = { partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), status: 'closed', ...withoutUndefined(rest), ...resultColumns(result) };
    return whenUnchanged(() => this.table.updateEntity(entity, 'Merge', { etag: checkin.etag ?? '*' }));
  }

  /**
   * Sets the count every view shows, if nobody changed the check-in since it was read; false when
   * another view (on any instance) got there first.
   */
  async setShownCount(checkin: Checkin, shownCount: number, shownAt: string): Promise<boolean> {
    return whenUnchanged(() => this.table.updateEntity({ partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), shownCount, shownAt }, 'Merge', { etag: checkin.etag ?? '*' }));
  }

  /**
   * Moves the deadline (and the end of retention with it), if nobody changed the check-in since it
   * was read. The new list rows are written before the old ones go, so a crash leaves an extra
   * row (the tick finds the check-in still open and skips it) rather than none.
   */
  async extend(checkin: Checkin, dueAt: string, expiresAt: string): Promise<boolean> {
    const moved = await whenUnchanged(() => this.table.updateEntity({ partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), dueAt, expiresAt }, 'Merge', { etag: checkin.etag ?? '*' }));
    if (!moved) return false;
    const next = { ...checkin, dueAt, expiresAt };
    await this.list('open', dueAt, next);
    await this.list('expire', expiresAt, next);
    await this.removeFromOpen(checkin);
    await this.table.deleteEntity('expire', listRowKey(checkin.expiresAt, checkin.id)).catch(ignoreNotFound);
    return true;
  }

  /** After closing. */
  async removeFromOpen(checkin: Pick<Checkin, 'dueAt' | 'id'>): Promise<void> {
    await this.table.deleteEntity('open', listRowKey(checkin.dueAt, checkin.id)).catch(ignoreNotFound);
  }

  /** A list row left behind when the deadline moved (an extension interrupted by a crash). */
  async unlist(name: ListName, at: string, id: string): Promise<void> {
    await this.table.deleteEntity(name, listRowKey(at, id)).catch(ignoreNotFound);
  }

  /** Deletes a check-in and its list rows, the expire row last (failed start, end of retention); answers are the caller's. */
  async delete(checkin: Pick<Checkin, 'conversationKey' | 'id' | 'dueAt' | 'expiresAt'>): Promise<void> {
    await this.table.deleteEntity(checkin.conversationKey, safeKey(checkin.id)).catch(ignoreNotFound);
    await this.removeFromOpen(checkin);
    await this.table.deleteEntity('expire', listRowKey(checkin.expiresAt, checkin.id)).catch(ignoreNotFound);
  }

  /** The newest check-ins of a conversation first, at most `limit`, filtered by `keep`. */
  async listRecent(conversationKey: string, limit: number, keep: (c: Checkin) => boolean): Promise<Checkin[]> {
    const out: Checkin[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter: `PartitionKey eq ${odataString(conversationKey)}` } })) {
      const checkin = fromEntity(e);
      if (keep(checkin) && out.push(checkin) >= limit) break;
    }
    return out;
  }

  private async list(name: ListName, at: string, checkin: Pick<Checkin, 'conversationKey' | 'id'>): Promise<void> {
    await this.table.upsertEntity({ partitionKey: name, rowKey: listRowKey(at, checkin.id), conversationKey: checkin.conversationKey, id: checkin.id }, 'Replace');
  }

  /** Check-ins on a list whose time is at or before `now` (due, or expired); reads only that list. */
  async listUpTo(name: ListName, now: Date): Promise<ListedCheckin[]> {
    const filter = `PartitionKey eq ${odataString(name)} and RowKey lt ${odataString(`${now.toISOString()}~`)}`;
    const out: ListedCheckin[] = [];
    for await (const e of this.table.listEntities<ListedCheckin>({ queryOptions: { filter } })) out.push({ conversationKey: e.conversationKey, id: e.id, at: (e.rowKey ?? '').split('_')[0] ?? '' });
    return out;
  }
}

const listRowKey = (at: string, id: string): string => `${at}_${safeKey(id)}`;

/** A string property holds at most 64 KiB (32K UTF-16 characters); a result with many notes is split over `result`, `result1`, ... */
const RESULT_PART_CHARS = 30_000;
const RESULT_PART = /^result(\d+)$/;

function resultColumns(result: string | undefined): Record<string, string> {
  if (result === undefined) return {};
  const columns: Record<string, string> = {};
  for (let i = 0; i * RESULT_PART_CHARS < result.length; i += 1) columns[i === 0 ? 'result' : `result${i}`] = result.slice(i * RESULT_PART_CHARS, (i + 1) * RESULT_PART_CHARS);
  return columns;
}

function joinedResult(e: Record<string, unknown>): string | undefined {
  if (typeof e.result !== 'string') return undefined;
  let joined = e.result;
  for (let i = 1; typeof e[`result${i}`] === 'string'; i += 1) joined += String(e[`result${i}`]);
  return joined;
}

function toEntity(c: Checkin): Entity {
  const { conversationKey, id, reference, result, ...rest } = c;
  return { ...withoutUndefined({ ...rest, etag: undefined }), ...resultColumns(result), partitionKey: conversationKey, rowKey: safeKey(id), reference: JSON.stringify(reference) };
}

function fromEntity(e: Entity & { etag?: string }): Checkin {
  const { partitionKey, rowKey, reference, ...rest } = e;
  const result = joinedResult(rest);
  const clean = Object.fromEntries(Object.entries(rest).filter(([k]) => !['etag', 'timestamp', 'odata.etag', 'result'].includes(k) && !RESULT_PART.test(k))) as Omit<Checkin, 'conversationKey' | 'id' | 'reference'>;
  return { ...clean, ...(result !== undefined ? { result } : {}), conversationKey: partitionKey, id: decodeURIComponent(rowKey), reference: parseJsonColumn(conversationRefSchema, reference), ...(e.etag ? { etag: e.etag } : {}) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
