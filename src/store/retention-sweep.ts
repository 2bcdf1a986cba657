import type { TableClient } from '@azure/data-tables';
import { DateTime } from 'luxon';
import { odataString } from './keys';
import type { ExportLinksRepository } from './export-links-repository';
import type { TableStore } from './table-store';
import { deleteRows, deleteWhere, keysWhere, type RowKeys } from './table-sweep';

/** What one retention run removed, per kind of row (logged; no ids). */
export interface RetentionReport {
  answers: number;
  craftNotes: number;
  deliveries: number;
  coachViews: number;
  coachCodes: number;
  exportLinks: number;
}

/** As the codes repository keeps them: a week past expiry, so "expired" can still be told apart from a typo. */
const CODE_KEEP_AFTER_EXPIRY_DAYS = 7;

/**
 * Removes answers, delivery records and coach-view audit rows older than RETENTION_DAYS, coach
 * codes a week after they expired (issuing a code prunes too, but only when someone issues one),
 * and download links once expired. Check-ins are not here: the scheduler tick deletes each one with
 * its answers CHECKIN_RETENTION_DAYS after its deadline (src/features/checkins/close-due-checkins.ts).
 * Each sweep is a filtered scan of one table (answers are keyed per person, not by date), so
 * the cost grows with the table, once a day; every step is idempotent, so a run cut short is
 * finished by the next.
 */
export async function sweepRetention(tables: TableStore, links: ExportLinksRepository, now: Date, retentionDays: number): Promise<RetentionReport> {
  const cutoff = odataString(DateTime.fromJSDate(now).minus({ days: retentionDays }).toUTC().toISO() ?? '');
  const answers = await deleteWhere(tables.table('answers'), `answeredAt lt ${cutoff}`);
  // Craft reflections are notes like the answers' notes: kept as long.
  const craftNotes = await deleteWhere(tables.table('craftNotes'), `savedAt lt ${cutoff}`);
  const deliveries = await deleteWhere(tables.table('deliveries'), `claimedAt lt ${cutoff}`);
  const coachViews = await deleteWhere(tables.table('coachViews'), `viewedAt lt ${cutoff}`);
  await pruneViewIndex(tables.table('coachViews'));
  const codeCutoff = odataString(DateTime.fromJSDate(now).minus({ days: CODE_KEEP_AFTER_EXPIRY_DAYS }).toUTC().toISO() ?? '');
  const coachCodes = await deleteWhere(tables.table('coachCodes'), `expiresAt lt ${codeCutoff}`);
  const exportLinks = await links.pruneExpired(now);
  return { answers, craftNotes, deliveries, coachViews, coachCodes, exportLinks };
}

/**
 * `by_<coach>` rows only point at coachees with audit rows; once retention removed the last
 * audit row of a pair, its pointer goes too (it would otherwise say "X once looked at Y" forever).
 */
async function pruneViewIndex(views: TableClient): Promise<void> {
  const stale: RowKeys[] = [];
  for (const pointer of await keysWhere(views, `PartitionKey ge 'by_' and PartitionKey lt 'by~'`)) {
    const coachKey = pointer.partitionKey.slice('by_'.length);
    const filter = `PartitionKey eq ${odataString(pointer.rowKey)} and coachKey eq ${odataString(coachKey)}`;
    const left = views.listEntities({ queryOptions: { filter, select: ['RowKey'] } });
    if ((await left.next()).done) stale.push(pointer);
  }
  await deleteRows(views, stale);
}
