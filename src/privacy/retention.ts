import type { TableClient } from '@azure/data-tables';
import { DateTime } from 'luxon';
import type { BotServices } from '../bot/services';
import { odataString } from '../store/keys';
import { privacyContextOf } from './privacy-context';
import { deleteRows, deleteWhere, keysWhere, type RowKeys } from './table-sweep';

/** What one retention run removed, per kind of row (logged; no ids). */
export interface RetentionReport {
  answers: number;
  deliveries: number;
  coachViews: number;
  checkins: number;
  checkinResponses: number;
  exportLinks: number;
}

/**
 * Removes what is older than the configured retention: answers, delivery records and coach-view
 * audit rows after RETENTION_DAYS; check-ins with all their responses after
 * CHECKIN_RETENTION_DAYS; download links once expired. Each sweep is a filtered scan of one
 * table (answers are keyed per person, not by date), so the cost grows with the table, once
 * a day; every step is idempotent, so a run cut short is finished by the next.
 */
export async function runRetention(services: BotServices, now: Date): Promise<RetentionReport> {
  const context = privacyContextOf(services);
  if (!context) throw new Error('privacy context not installed');
  const tables = context.tables;
  const cutoff = odataString(DateTime.fromJSDate(now).minus({ days: services.config.RETENTION_DAYS }).toUTC().toISO() ?? '');
  const checkinCutoff = odataString(DateTime.fromJSDate(now).minus({ days: services.config.CHECKIN_RETENTION_DAYS }).toUTC().toISO() ?? '');
  const answers = await deleteWhere(tables.table('answers'), `answeredAt lt ${cutoff}`);
  const deliveries = await deleteWhere(tables.table('deliveries'), `claimedAt lt ${cutoff}`);
  const coachViews = await deleteWhere(tables.table('coachViews'), `viewedAt lt ${cutoff}`);
  await pruneViewIndex(tables.table('coachViews'));
  const checkins = await deleteOldCheckins(services, tables.table('checkins'), tables.table('checkinResponses'), checkinCutoff);
  const exportLinks = await context.links.pruneExpired(now);
  return { answers, deliveries, coachViews, checkins: checkins.checkins, checkinResponses: checkins.responses, exportLinks };
}

/**
 * `by_<coach>` rows only point at coachees with audit rows; once retention removed the last
 * audit row of a pair, its pointer goes too (it would otherwise say "X once looked at Y" forever).
 */
async function pruneViewIndex(views: TableClient): Promise<void> {
  const stale: RowKeys[] = [];
  for (const pointer of await keysWhere(views, `PartitionKey ge 'by_' and PartitionKey lt 'by~'`)) {
    const coachKey = pointer.partitionKey.slice('by_'.length);
    const left = views.listEntities({ queryOptions: { filter: `PartitionKey eq ${odataString(pointer.rowKey)} and coachKey eq ${odataString(coachKey)}`, select: ['RowKey'] } });
    if ((await left.next()).done) stale.push(pointer);
  }
  await deleteRows(views, stale);
}

async function deleteOldCheckins(services: BotServices, checkins: TableClient, responses: TableClient, cutoff: string): Promise<{ checkins: number; responses: number }> {
  const result = { checkins: 0, responses: 0 };
  const old: (RowKeys & { dueAt: string })[] = [];
  const query = checkins.listEntities<{ dueAt: string }>({ queryOptions: { filter: `createdAt lt ${cutoff}`, select: ['PartitionKey', 'RowKey', 'dueAt'] } });
  for await (const row of query) old.push({ partitionKey: row.partitionKey ?? '', rowKey: row.rowKey ?? '', dueAt: row.dueAt });
  for (const row of old) {
    // Responses first: a run cut short leaves a check-in without answers, never answers without their check-in.
    result.responses += await deleteWhere(responses, `PartitionKey eq ${odataString(row.rowKey)}`);
    await services.checkins.store.removeFromOpen({ id: decodeURIComponent(row.rowKey), dueAt: row.dueAt });
    await deleteRows(checkins, [row]);
    result.checkins += 1;
  }
  return result;
}
