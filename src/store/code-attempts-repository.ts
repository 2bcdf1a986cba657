import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { attemptsExpireAt, failAttempt, releaseAttempt, reserveAttempt, type AttemptState } from '../domain/code-attempts';
import { codeTriesKeyOf } from '../domain/pseudonym';
import { attemptsSchema } from './row-schemas';
import { findRow, hasStatus, ignoreNotFound, parseJsonColumn } from './rows';

interface AttemptsEntity {
  partitionKey: string;
  rowKey: string;
  attempts: string;
  blockedUntil?: string;
  /** When the row no longer matters; the code table's pruning removes it a week later. */
  expiresAt: string;
}

type AttemptTicket = { ok: true; id: string } | { ok: false; blockedUntil: string };

const ATTEMPTS_ROW = 'tries';
/** Codes are capitals and digits only, so this partition prefix never is a code. */
const PREFIX = 'tries_';
/** Tries of one person racing on several instances: each conflict re-reads, a few times at most. */
const MAX_CONFLICTS = 20;

/**
 * One row per person in the CoachCodes table with their recent tries at a code, changed only by
 * conditional updates (etag), so every instance counts the same tries. The row is keyed by a
 * keyed hash of the person (src/domain/pseudonym.ts), not their key: it outlives an erasure for as
 * long as its tries count, so "delete my data" and coming back does not reset the guessing limit,
 * and meanwhile it names nobody (only the app, with its secret, finds it again for that person).
 */
export class CodeAttemptsRepository {
  constructor(
    private readonly table: TableClient,
    private readonly secret: string,
  ) {}

  /** Takes a try before a code is looked up; refused while the person is blocked. */
  async reserve(personKey: string, now: Date): Promise<AttemptTicket> {
    const id = randomUUID().slice(0, 8);
    let blockedUntil = '';
    const written = await this.change(personKey, (state) => {
      const reservation = reserveAttempt(state, id, now);
      if (reservation.ok) return reservation.state;
      blockedUntil = reservation.blockedUntil;
      return undefined;
    });
    return written ? { ok: true, id } : { ok: false, blockedUntil };
  }

  /** The code was wrong (unknown, used or expired): the try stays counted. */
  async fail(personKey: string, now: Date): Promise<void> {
    await this.change(personKey, (state) => failAttempt(state, now));
  }

  /** The code was right, or the person's own: the try does not count. */
  async release(personKey: string, id: string): Promise<void> {
    await this.change(personKey, (state) => releaseAttempt(state, id));
  }

  /** The person's row, for their data export (a row written under their key before tries were hashed, too). */
  async exportFor(personKey: string): Promise<AttemptState | undefined> {
    return (await this.read(personKey))?.state ?? (await this.readRow(PREFIX + personKey))?.state;
  }

  /**
   * On erasure: a row under the person's own key (written before tries were hashed) goes; the
   * hashed row goes only once none of its tries counts any more at `now`. Until then it stays, so
   * erasing does not reset the limit; it names nobody, and the usual clean-up removes it later.
   */
  async deleteFor(personKey: string, now: Date): Promise<void> {
    await this.table.deleteEntity(PREFIX + personKey, ATTEMPTS_ROW).catch(ignoreNotFound);
    const current = await this.read(personKey);
    if (current && Date.parse(attemptsExpireAt(current.state)) <= now.getTime()) await this.table.deleteEntity(this.partitionOf(personKey), ATTEMPTS_ROW).catch(ignoreNotFound);
  }

  private partitionOf(personKey: string): string {
    return PREFIX + codeTriesKeyOf(this.secret, personKey);
  }

  /** Applies `update` to the current state; undefined from it writes nothing. True when written. */
  private async change(personKey: string, update: (state: AttemptState) => AttemptState | undefined): Promise<boolean> {
    for (let conflict = 0; conflict < MAX_CONFLICTS; conflict += 1) {
      const current = await this.read(personKey);
      const next = update(current?.state ?? { attempts: [] });
      if (!next) return false;
      const entity: AttemptsEntity = {
        partitionKey: this.partitionOf(personKey),
        rowKey: ATTEMPTS_ROW,
        attempts: JSON.stringify(next.attempts),
        ...(next.blockedUntil ? { blockedUntil: next.blockedUntil } : {}),
        expiresAt: attemptsExpireAt(next),
      };
      try {
        if (current) await this.table.updateEntity(entity, 'Replace', { etag: current.etag });
        else await this.table.createEntity(entity);
        return true;
      } catch (error) {
        if (!hasStatus(error, 412, 409, 404)) throw error;
      }
    }
    throw new Error('code attempts kept conflicting');
  }

  private read(personKey: string): Promise<{ state: AttemptState; etag: string } | undefined> {
    return this.readRow(this.partitionOf(personKey));
  }

  private async readRow(partitionKey: string): Promise<{ state: AttemptState; etag: string } | undefined> {
    const e = await findRow<AttemptsEntity>(this.table, partitionKey, ATTEMPTS_ROW);
    if (!e) return undefined;
    const attempts = parseJsonColumn(attemptsSchema, e.attempts);
    return { state: { attempts, ...(e.blockedUntil ? { blockedUntil: e.blockedUntil } : {}) }, etag: e.etag };
  }
}
