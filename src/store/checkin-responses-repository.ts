import type { TableClient } from '@azure/data-tables';
import type { CheckinResponse } from '../domain/checkin-aggregation';
import { deletePartition } from './answers-repository';
import { odataString, safeKey } from './keys';
import { deleteIfExists, findRow, whenUnchanged } from './rows';

interface ResponseEntity {
  partitionKey: string;
  rowKey: string;
  choice: string;
  roleId: string;
  note?: string;
}

/**
 * Answers to a check-in: one partition per check-in, one row per responder key (different in
 * every check-in, src/domain/pseudonym.ts), so a second answer replaces the first and no row
 * says who answered or links answers across check-ins.
 */
export class CheckinResponsesRepository {
  constructor(private readonly table: TableClient) {}

  /**
   * No answer time is written by Positie. Azure Table Storage itself stamps every row with the
   * time of its last change (Timestamp), which Positie cannot switch off; PRIVACY.md says so.
   */
  async save(checkinId: string, responder: string, response: CheckinResponse): Promise<void> {
    const entity: ResponseEntity = {
      partitionKey: safeKey(checkinId),
      rowKey: safeKey(responder),
      choice: response.choice,
      roleId: response.roleId,
      ...(response.note ? { note: response.note } : {}),
    };
    await this.table.upsertEntity(entity, 'Replace');
  }

  /** The responder's own answer, to show them what they chose. */
  async get(checkinId: string, responder: string): Promise<CheckinResponse | undefined> {
    const entity = await findRow<ResponseEntity>(this.table, safeKey(checkinId), safeKey(responder));
    return entity ? toResponse(entity) : undefined;
  }

  async list(checkinId: string): Promise<CheckinResponse[]> {
    const out: CheckinResponse[] = [];
    const filter = `PartitionKey eq ${odataString(safeKey(checkinId))}`;
    for await (const e of this.table.listEntities<ResponseEntity>({ queryOptions: { filter } })) out.push(toResponse(e));
    return out;
  }

  /** How many people answered; reads keys only. */
  async count(checkinId: string): Promise<number> {
    let count = 0;
    const filter = `PartitionKey eq ${odataString(safeKey(checkinId))}`;
    for await (const row of this.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) if (row.rowKey !== undefined) count += 1;
    return count;
  }

  /** Removes one answer; false when there was none. */
  async delete(checkinId: string, responder: string): Promise<boolean> {
    return whenUnchanged(() => this.table.deleteEntity(safeKey(checkinId), safeKey(responder)));
  }

  /** Removes every answer to a check-in (end of retention). */
  async deleteAllFor(checkinId: string): Promise<number> {
    return deletePartition(this.table, safeKey(checkinId));
  }

  /**
   * Removes every answer stored under one key in any check-in: only rows written under the one
   * key per person used before per-check-in keys can match. Rows are keyed by check-in, so this
   * scans the table; it runs only when a person asks to be erased.
   */
  async deleteAllOf(responder: string): Promise<number> {
    let count = 0;
    const filter = `RowKey eq ${odataString(safeKey(responder))}`;
    for await (const e of this.table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      await deleteIfExists(this.table, e.partitionKey ?? '', e.rowKey ?? '');
      count += 1;
    }
    return count;
  }
}

function toResponse(e: ResponseEntity): CheckinResponse {
  return { choice: e.choice, roleId: e.roleId, ...(e.note ? { note: e.note } : {}) };
}
