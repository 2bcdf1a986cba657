import type { TableClient } from '@azure/data-tables';
import { consentScope, type ConsentScope } from '../domain/coach-scope';
import { deletePartition } from './answers-repository';
import { odataString } from './keys';
import { findRow, ignoreNotFound } from './rows';

/** One person's consent that one coach sees their trends. */
export interface Consent {
  coacheeKey: string;
  coachKey: string;
  scope: ConsentScope;
  grantedAt: string;
  /** The coach's display name on the consent screen when the person shared (absent for consents given before names were kept). */
  coachName?: string;
}

/** A consent row as exported: either side, active or stopped. */
interface ConsentRecord {
  /** Whether the exported person is the one who shares (coachee) or the one who looks (coach). */
  side: 'coachee' | 'coach';
  coacheeKey: string;
  coachKey: string;
  paradoxPositions?: boolean;
  grantedAt: string;
  revokedAt?: string;
  /** On the coachee's side: the coach's name as consented to. */
  coachName?: string;
}

/** A coach's people: whom they may see now, and who stopped since the coach last looked. */
interface CoacheesOfCoach {
  active: Consent[];
  stopped: string[];
  /** Mirror rows of a grant that never finished: cleaned up without telling anyone. */
  dangling: string[];
}

interface ConsentEntity {
  partitionKey: string;
  rowKey: string;
  grantedAt: string;
  paradoxPositions?: boolean;
  revokedAt?: string;
  coachName?: string;
}

/**
 * The row in the coachee's partition (row = coach key) is the consent itself and the truth;
 * the mirror row in `coach_<coach key>` (row = coachee key) lets `coachees` read one partition.
 * A stop turns both rows into tombstones: the coachee's keeps the history, the coach's is the
 * "stopped sharing" notice, deleted once the coach has seen it. Writes go in the order that
 * fails safe: a grant writes the mirror first, a stop the coachee's row first.
 */
export class ConsentsRepository {
  constructor(private readonly table: TableClient) {}

  /**
   * Grants (or re-grants with a new scope) in both directions. `coachName` is the name the person
   * consented to: their record of who looked shows it, whatever the coach is called later.
   */
  async grant(coacheeKey: string, coachKey: string, scope: ConsentScope, at: Date, coachName?: string): Promise<void> {
    const grantedAt = at.toISOString();
    await this.table.upsertEntity<ConsentEntity>({ partitionKey: mirror(coachKey), rowKey: coacheeKey, grantedAt }, 'Replace');
    await this.table.upsertEntity<ConsentEntity>({ partitionKey: coacheeKey, rowKey: coachKey, grantedAt, paradoxPositions: scope.paradoxPositions, ...(coachName ? { coachName } : {}) }, 'Replace');
  }

  /** The coaches a person shares with now. */
  async coachesOf(coacheeKey: string): Promise<Consent[]> {
    const rows = await this.partition(coacheeKey);
    return rows.filter((r) => r.revokedAt === undefined).map((r) => toConsent(coacheeKey, r));
  }

  /**
   * Stops sharing with one coach. Only the invoker's own partition is read, so a forged coach
   * key can at most stop the invoker's own consent. False (and no write) without an active one.
   */
  async revoke(coacheeKey: string, coachKey: string, at: Date): Promise<boolean> {
    const row = await this.row(coacheeKey, coachKey);
    if (!row || row.revokedAt !== undefined) return false;
    const revokedAt = at.toISOString();
    // The person's row keeps whom they shared with, since when and what: their record of it.
    await this.table.upsertEntity<Pick<ConsentEntity, 'partitionKey' | 'rowKey' | 'revokedAt'>>({ partitionKey: coacheeKey, rowKey: coachKey, revokedAt }, 'Merge');
    await this.table.upsertEntity<ConsentEntity>({ partitionKey: mirror(coachKey), rowKey: coacheeKey, grantedAt: row.grantedAt, revokedAt }, 'Replace');
    return true;
  }

  /** Stops sharing with every coach; returns how many. */
  async revokeAll(coacheeKey: string, at: Date): Promise<number> {
    let count = 0;
    for (const consent of await this.coachesOf(coacheeKey)) if (await this.revoke(coacheeKey, consent.coachKey, at)) count += 1;
    return count;
  }

  /**
   * Checks every mirror row against the coachee's own row, so a half-finished stop (or a
   * deleted coachee) already hides the person: only both sides active counts as consent.
   */
  async coacheesOf(coachKey: string): Promise<CoacheesOfCoach> {
    const result: CoacheesOfCoach = { active: [], stopped: [], dangling: [] };
    for (const mirrorRow of await this.partition(mirror(coachKey))) {
      const own = mirrorRow.revokedAt === undefined ? await this.row(mirrorRow.rowKey, coachKey) : undefined;
      if (own && own.revokedAt === undefined) result.active.push(toConsent(mirrorRow.rowKey, own));
      else if (mirrorRow.revokedAt === undefined && !own) result.dangling.push(mirrorRow.rowKey);
      else result.stopped.push(mirrorRow.rowKey);
    }
    return result;
  }

  /** The coach has been told (or there was nothing to tell): the mirror rows go. */
  async forgetStopped(coachKey: string, coacheeKeys: readonly string[]): Promise<void> {
    for (const coacheeKey of coacheeKeys) await this.table.deleteEntity(mirror(coachKey), coacheeKey).catch(ignoreNotFound);
  }

  /** Removes every consent the person gave or received, on both sides. */
  async deleteAllFor(personKey: string): Promise<void> {
    for (const row of await this.partition(personKey)) await this.table.deleteEntity(mirror(row.rowKey), personKey).catch(ignoreNotFound);
    await deletePartition(this.table, personKey);
    for (const row of await this.partition(mirror(personKey))) await this.table.deleteEntity(row.rowKey, personKey).catch(ignoreNotFound);
    await deletePartition(this.table, mirror(personKey));
  }

  async exportFor(personKey: string): Promise<ConsentRecord[]> {
    const given = (await this.partition(personKey)).map((r): ConsentRecord => ({ side: 'coachee', coacheeKey: personKey, coachKey: r.rowKey, ...fields(r) }));
    const received = (await this.partition(mirror(personKey))).map((r): ConsentRecord => ({ side: 'coach', coacheeKey: r.rowKey, coachKey: personKey, ...fields(r) }));
    return [...given, ...received];
  }

  private async row(partitionKey: string, rowKey: string): Promise<ConsentEntity | undefined> {
    return findRow<ConsentEntity>(this.table, partitionKey, rowKey);
  }

  private async partition(partitionKey: string): Promise<ConsentEntity[]> {
    const rows: ConsentEntity[] = [];
    const filter = `PartitionKey eq ${odataString(partitionKey)}`;
    for await (const entity of this.table.listEntities<ConsentEntity>({ queryOptions: { filter } })) rows.push(entity);
    return rows;
  }
}

/** Person keys are `<tenant>_<object id>` (GUIDs), so this prefix never names a person. */
function mirror(coachKey: string): string {
  return `coach_${coachKey}`;
}

function toConsent(coacheeKey: string, row: ConsentEntity): Consent {
  return { coacheeKey, coachKey: row.rowKey, scope: consentScope(row.paradoxPositions === true), grantedAt: row.grantedAt, ...(row.coachName ? { coachName: row.coachName } : {}) };
}

function fields(r: ConsentEntity): Pick<ConsentRecord, 'paradoxPositions' | 'grantedAt' | 'revokedAt' | 'coachName'> {
  return { grantedAt: r.grantedAt, ...(r.paradoxPositions !== undefined ? { paradoxPositions: r.paradoxPositions } : {}), ...(r.revokedAt ? { revokedAt: r.revokedAt } : {}), ...(r.coachName ? { coachName: r.coachName } : {}) };
}
