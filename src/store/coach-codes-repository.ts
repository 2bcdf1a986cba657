import type { TableClient } from '@azure/data-tables';
import { codeExpiresAt, newCoachCode, type CoachCode } from '../domain/coach-code';
import { odataString } from './keys';
import { findRow, hasStatus, ignoreNotFound, whenUnchanged } from './rows';

/** A code as read, with the version it was read at (for the use-once update). */
export interface FoundCode {
  code: CoachCode;
  etag: string;
}

interface CodeEntity {
  partitionKey: string;
  rowKey: string;
  coachKey: string;
  issuedAt: string;
  expiresAt: string;
  usedAt?: string;
  usedBy?: string;
}

const ROW = 'code';
/** Expired codes stay this long so "expired" can be told apart from a typo, then go. */
const KEEP_AFTER_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_PER_ISSUE = 100;

/**
 * Invitation codes, one partition per code (the lookup is by code). Every issue prunes codes
 * long expired, so the table only ever holds about two weeks of codes and the scans in
 * delete/export stay small.
 */
export class CoachCodesRepository {
  constructor(
    private readonly table: TableClient,
    private readonly generate: () => string = () => newCoachCode(),
  ) {}

  /**
   * A new code for the coach, which replaces their unused ones: a coach has one live invitation at
   * a time, however often they ask (asking again is how they get a fresh one).
   */
  async issue(coachKey: string, now: Date): Promise<CoachCode> {
    await this.prune(now);
    for (let attempt = 0; ; attempt += 1) {
      const entity: CodeEntity = { partitionKey: this.generate(), rowKey: ROW, coachKey, issuedAt: now.toISOString(), expiresAt: codeExpiresAt(now).toISOString() };
      try {
        await this.table.createEntity(entity);
        await this.dropUnusedOf(coachKey, entity.partitionKey);
        return toCode(entity);
      } catch (error) {
        // A collision with a live code: draw again (rare with 31^7 codes).
        if (!hasStatus(error, 409) || attempt >= 4) throw error;
      }
    }
  }

  async find(code: string): Promise<FoundCode | undefined> {
    const entity = await findRow<CodeEntity>(this.table, code, ROW);
    return entity ? { code: toCode(entity), etag: entity.etag } : undefined;
  }

  /**
   * Marks the code used, only if nobody changed it since it was read: of two people racing
   * with one code, exactly one gets true.
   */
  async markUsed(found: FoundCode, usedBy: string, now: Date): Promise<boolean> {
    return whenUnchanged(() => this.table.updateEntity({ partitionKey: found.code.code, rowKey: ROW, usedAt: now.toISOString(), usedBy }, 'Merge', { etag: found.etag }));
  }

  /** Undoes `markUsed` when storing the consent failed, so the person can press Share again. */
  async release(code: CoachCode): Promise<void> {
    const { code: partitionKey, coachKey, issuedAt, expiresAt } = code;
    await this.table.upsertEntity<CodeEntity>({ partitionKey, rowKey: ROW, coachKey, issuedAt, expiresAt }, 'Replace');
  }

  /** Codes the person issued and codes they used. */
  async exportFor(personKey: string): Promise<CoachCode[]> {
    return (await this.rowsOf(personKey)).map(toCode);
  }

  async deleteAllFor(personKey: string): Promise<void> {
    for (const row of await this.rowsOf(personKey)) await this.table.deleteEntity(row.partitionKey, ROW).catch(ignoreNotFound);
  }

  /** The coach's codes nobody used, but `keep`. A used code stays: it is part of a consent's history. */
  private async dropUnusedOf(coachKey: string, keep: string): Promise<void> {
    const filter = `RowKey eq ${odataString(ROW)} and coachKey eq ${odataString(coachKey)}`;
    for await (const entity of this.table.listEntities<CodeEntity>({ queryOptions: { filter, select: ['PartitionKey', 'usedAt'] } })) {
      if (entity.partitionKey !== keep && entity.usedAt === undefined) await this.table.deleteEntity(entity.partitionKey, ROW).catch(ignoreNotFound);
    }
  }

  private async rowsOf(personKey: string): Promise<CodeEntity[]> {
    const filter = `RowKey eq ${odataString(ROW)} and (coachKey eq ${odataString(personKey)} or usedBy eq ${odataString(personKey)})`;
    const rows: CodeEntity[] = [];
    for await (const entity of this.table.listEntities<CodeEntity>({ queryOptions: { filter } })) rows.push(entity);
    return rows;
  }

  private async prune(now: Date): Promise<void> {
    const filter = `expiresAt lt ${odataString(new Date(now.getTime() - KEEP_AFTER_EXPIRY_MS).toISOString())}`;
    let pruned = 0;
    // Also the rows of code attempts (src/store/code-attempts-repository.ts), which carry expiresAt too.
    for await (const entity of this.table.listEntities<CodeEntity>({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      if (pruned >= PRUNE_PER_ISSUE) break;
      await this.table.deleteEntity(entity.partitionKey, entity.rowKey).catch(ignoreNotFound);
      pruned += 1;
    }
  }
}

function toCode(e: CodeEntity): CoachCode {
  return {
    code: e.partitionKey,
    coachKey: e.coachKey,
    issuedAt: e.issuedAt,
    expiresAt: e.expiresAt,
    ...(e.usedAt ? { usedAt: e.usedAt } : {}),
    ...(e.usedBy ? { usedBy: e.usedBy } : {}),
  };
}
