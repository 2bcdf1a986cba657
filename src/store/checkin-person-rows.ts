import type { TableClient } from '@azure/data-tables';
import type { CheckinResponsesRepository } from './checkin-responses-repository';
import { odataString, safeKey } from './keys';

/** One of the person's answers to a team check-in, as stored under their pseudonym. */
export interface OwnCheckinResponse {
  checkinId: string;
  choice: string;
  roleId: string;
  note?: string;
}

/** A check-in the person started (its owner is their pseudonym). */
export interface OwnCheckin {
  checkinId: string;
  topicKind: string;
  topicId: string;
  createdAt: string;
  status: string;
}

/** Takes the place of the starter's pseudonym once the starter is erased; never equals a pseudonym. */
export const ERASED_OWNER = 'erased';

interface ResponseRow {
  partitionKey: string;
  rowKey: string;
  choice: string;
  roleId: string;
  note?: string;
}

interface CheckinRow {
  partitionKey: string;
  rowKey: string;
  topicKind: string;
  topicId: string;
  createdAt: string;
  status: string;
}

/**
 * Check-in rows hold no person id, only the HMAC pseudonym, and they are keyed by check-in, so
 * finding one person's rows is a scan of each table. It runs only on export and delete.
 */
export async function checkinRowsOf(tables: { checkins: TableClient; responses: TableClient }, pseudonym: string): Promise<{ responses: OwnCheckinResponse[]; started: OwnCheckin[] }> {
  const responses: OwnCheckinResponse[] = [];
  const byResponder = `RowKey eq ${odataString(safeKey(pseudonym))}`;
  for await (const r of tables.responses.listEntities<ResponseRow>({ queryOptions: { filter: byResponder } })) {
    responses.push({ checkinId: decodeURIComponent(r.partitionKey), choice: r.choice, roleId: r.roleId, ...(r.note ? { note: r.note } : {}) });
  }
  const started: OwnCheckin[] = [];
  for await (const c of tables.checkins.listEntities<CheckinRow>({ queryOptions: { filter: `owner eq ${odataString(pseudonym)}` } })) {
    started.push({ checkinId: decodeURIComponent(c.rowKey), topicKind: c.topicKind, topicId: c.topicId, createdAt: c.createdAt, status: c.status });
  }
  return { responses, started };
}

/**
 * Removes the person's check-in answers and unlinks the check-ins they started: those stay
 * for the team (their aggregate is the team's), but their owner becomes ERASED_OWNER, so no
 * row carries the pseudonym any more. Such a check-in closes at its deadline.
 */
export async function eraseCheckinRows(tables: { checkins: TableClient; responses: CheckinResponsesRepository }, pseudonym: string): Promise<{ responses: number; unlinked: number }> {
  const responses = await tables.responses.deleteAllOf(pseudonym);
  let unlinked = 0;
  const filter = `owner eq ${odataString(pseudonym)}`;
  for await (const c of tables.checkins.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    await tables.checkins.updateEntity({ partitionKey: c.partitionKey ?? '', rowKey: c.rowKey ?? '', owner: ERASED_OWNER }, 'Merge');
    unlinked += 1;
  }
  return { responses, unlinked };
}
