import type { TableClient } from '@azure/data-tables';
import { odataString } from './keys';
import { deleteWhere } from './table-sweep';
import { findRow, whenUnchanged } from './rows';

/** A download link that was handed out and not used yet. */
interface PendingExport {
  nonce: string;
  personKey: string;
  expiresAt: string;
  etag: string;
}

interface PendingEntity {
  partitionKey: string;
  rowKey: string;
  personKey: string;
  expiresAt: string;
}

const ROW = 'pending';

/** Partitions of the Privacy table that hold links; the retention claim lives in `job`. */
function partitionOf(nonce: string): string {
  return `export_${nonce}`;
}

/**
 * Pending download links in the Privacy table, one partition per link (the lookup is by
 * nonce). Using a link deletes its row under its etag, so of two instances (or two clicks)
 * exactly one serves the file: that is what makes a link single-use.
 */
export class ExportLinksRepository {
  constructor(private readonly table: TableClient) {}

  async create(nonce: string, personKey: string, expiresAt: Date): Promise<void> {
    await this.table.createEntity<PendingEntity>({ partitionKey: partitionOf(nonce), rowKey: ROW, personKey, expiresAt: expiresAt.toISOString() });
  }

  /**
   * The person's new pair of links (the file and the page), replacing any still pending: one live
   * pair per person, however often they ask. The new rows go first, so a failure leaves a link.
   */
  async replaceFor(personKey: string, nonces: readonly string[], expiresAt: Date): Promise<void> {
    await Promise.all(nonces.map((nonce) => this.create(nonce, personKey, expiresAt)));
    await deleteWhere(this.table, `personKey eq ${odataString(personKey)} and ${nonces.map((n) => `PartitionKey ne ${odataString(partitionOf(n))}`).join(' and ')}`);
  }

  async find(nonce: string): Promise<PendingExport | undefined> {
    const e = await findRow<PendingEntity>(this.table, partitionOf(nonce), ROW);
    return e ? { nonce, personKey: e.personKey, expiresAt: e.expiresAt, etag: e.etag } : undefined;
  }

  /** Uses the link up; false when someone else already did. */
  async consume(link: PendingExport): Promise<boolean> {
    return whenUnchanged(() => this.table.deleteEntity(partitionOf(link.nonce), ROW, { etag: link.etag }));
  }

  /** When the person's pending links expire (their data export lists them; the link ids stay out of it). */
  async pendingOf(personKey: string): Promise<{ expiresAt: string }[]> {
    const out: { expiresAt: string }[] = [];
    for await (const e of this.table.listEntities<PendingEntity>({ queryOptions: { filter: `personKey eq ${odataString(personKey)}` } })) out.push({ expiresAt: e.expiresAt });
    return out;
  }

  /** Unused links of the person (delete). A small table: links live 15 minutes and are pruned daily. */
  async deleteAllFor(personKey: string): Promise<number> {
    return deleteWhere(this.table, `personKey eq ${odataString(personKey)}`);
  }

  /** Links that expired before `now` (retention). */
  async pruneExpired(now: Date): Promise<number> {
    return deleteWhere(this.table, `PartitionKey ge 'export_' and PartitionKey lt 'export~' and expiresAt lt ${odataString(now.toISOString())}`);
  }
}
