import { createHash } from 'node:crypto';
import { RestError, type TableClient } from '@azure/data-tables';
import type { ConversationReference } from 'botbuilder';
import type { Locale } from '../content/types';
import { odataString, safeKey } from './keys';
import { ignoreNotFound } from './people-repository';

export type CheckinLens = 'ideaaltypen' | 'leiderschap';

/** One team check-in. It names no person: the starter is a pseudonym (src/domain/pseudonym.ts). */
export interface Checkin {
  conversationKey: string;
  id: string;
  topicKind: 'dilemma' | 'paradox';
  topicId: string;
  lens: CheckinLens;
  minimum: number;
  notesAllowed: boolean;
  locale: Locale;
  /** Pseudonym of the starter: checks "is this the owner?" without storing who it is. */
  owner: string;
  tenantId: string;
  createdAt: string;
  dueAt: string;
  status: 'open' | 'closed';
  /** The channel or group chat (no member in it), for updating the shared card. */
  reference: Partial<ConversationReference>;
  activityId?: string;
  closedAt?: string;
  closedBy?: 'starter' | 'deadline';
  /** Number of answers at closing. */
  count?: number;
  /** Aggregated shares as JSON, only when the minimum was met; never notes (for the trend). */
  result?: string;
  etag?: string;
}

type Entity = Omit<Checkin, 'conversationKey' | 'id' | 'reference' | 'etag'> & { partitionKey: string; rowKey: string; reference: string };

/** Open check-ins are also listed here, keyed by due time, so the closer never scans closed ones. */
const OPEN_PARTITION = 'open';

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
    try {
      await this.table.createEntity(toEntity(checkin));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
    await this.table.upsertEntity({ partitionKey: OPEN_PARTITION, rowKey: openRowKey(checkin), conversationKey: checkin.conversationKey, id: checkin.id }, 'Replace');
    return true;
  }

  async get(conversationKey: string, id: string): Promise<Checkin | undefined> {
    try {
      return fromEntity(await this.table.getEntity<Entity>(conversationKey, safeKey(id)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async setActivityId(checkin: Checkin, activityId: string): Promise<void> {
    await this.table.updateEntity({ partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), activityId }, 'Merge');
  }

  /** Marks the check-in closed if nobody changed it since it was read; false when another close won. */
  async markClosed(checkin: Checkin, changes: Required<Pick<Checkin, 'closedAt' | 'closedBy' | 'count'>> & Pick<Checkin, 'result'>): Promise<boolean> {
    try {
      await this.table.updateEntity(
        { partitionKey: checkin.conversationKey, rowKey: safeKey(checkin.id), status: 'closed', ...withoutUndefined(changes) },
        'Merge',
        { etag: checkin.etag ?? '*' },
      );
      return true;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 404)) return false;
      throw error;
    }
  }

  /** Takes a check-in off the open list (after closing, or after a failed start). */
  async removeFromOpen(checkin: Pick<Checkin, 'dueAt' | 'id'>): Promise<void> {
    await this.table.deleteEntity(OPEN_PARTITION, openRowKey(checkin)).catch(ignoreNotFound);
  }

  /** For a check-in whose card could not be posted, so the starter can try again. */
  async delete(checkin: Checkin): Promise<void> {
    await this.removeFromOpen(checkin);
    await this.table.deleteEntity(checkin.conversationKey, safeKey(checkin.id)).catch(ignoreNotFound);
  }

  /** Open check-ins whose deadline is at or before `now`; reads only the open list. */
  async listDue(now: Date): Promise<{ conversationKey: string; id: string; dueAt: string }[]> {
    const filter = `PartitionKey eq ${odataString(OPEN_PARTITION)} and RowKey lt ${odataString(`${now.toISOString()}~`)}`;
    const due: { conversationKey: string; id: string; dueAt: string }[] = [];
    for await (const e of this.table.listEntities<{ conversationKey: string; id: string }>({ queryOptions: { filter } })) {
      due.push({ conversationKey: e.conversationKey, id: e.id, dueAt: (e.rowKey ?? '').split('_')[0] ?? '' });
    }
    return due;
  }

  /** The newest check-ins of a conversation first, at most `limit`, filtered by `keep`. */
  async listRecent(conversationKey: string, limit: number, keep: (c: Checkin) => boolean): Promise<Checkin[]> {
    const out: Checkin[] = [];
    const filter = `PartitionKey eq ${odataString(conversationKey)}`;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) {
      const checkin = fromEntity(e);
      if (keep(checkin)) out.push(checkin);
      if (out.length >= limit) break;
    }
    return out;
  }
}

function openRowKey(checkin: Pick<Checkin, 'dueAt' | 'id'>): string {
  return `${checkin.dueAt}_${safeKey(checkin.id)}`;
}

function toEntity(c: Checkin): Entity {
  const { conversationKey, id, reference, ...rest } = c;
  return { ...withoutUndefined({ ...rest, etag: undefined }), partitionKey: conversationKey, rowKey: safeKey(id), reference: JSON.stringify(reference) };
}

function fromEntity(e: Entity & { etag?: string }): Checkin {
  const { partitionKey, rowKey, reference, ...rest } = e;
  const clean = Object.fromEntries(Object.entries(rest).filter(([k]) => !['etag', 'timestamp', 'odata.etag'].includes(k))) as Omit<Checkin, 'conversationKey' | 'id' | 'reference'>;
  return { ...clean, conversationKey: partitionKey, id: decodeURIComponent(rowKey), reference: JSON.parse(reference) as Partial<ConversationReference>, ...(e.etag ? { etag: e.etag } : {}) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
