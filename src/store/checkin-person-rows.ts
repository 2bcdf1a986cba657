import type { TableClient } from '@azure/data-tables';
import { legacyPseudonymOf, responseKeyOf, seriesOwnerKeyOf, starterKeyOf } from '../domain/pseudonym';
import type { CheckinResponsesRepository } from './checkin-responses-repository';
import { CheckinSeriesRepository } from './checkin-series-repository';
import { keptCheckinsOf, type KeptCheckin } from './checkin-keys-scan';
import { odataString, safeKey } from './keys';
import { findRow } from './rows';

/** One of the person's answers to a team check-in, with the key it is stored under. */
interface OwnCheckinResponse {
  checkinId: string;
  key: string;
  choice: string;
  roleId: string;
  note?: string;
}

/** A check-in the person started (its owner is their starter key for it, or their key of its series). */
interface OwnCheckin {
  checkinId: string;
  key: string;
  topicKind: string;
  topicId: string;
  createdAt: string;
  status: string;
  seriesId?: string;
}

/** A recurring check-in the person set up (its owner is their key for that series). */
interface OwnSeries {
  seriesId: string;
  key: string;
  everyWeeks: number;
  weekday: number;
  time: string;
  zone: string;
  topicKind: string;
  topicId: string;
  rotate: boolean;
  createdAt: string;
}

export interface OwnCheckinRows {
  responses: OwnCheckinResponse[];
  started: OwnCheckin[];
  series: OwnSeries[];
}

/** Takes the place of the starter's key once the starter is erased; never equals a key. */
const ERASED_OWNER = 'erased';

/** Who the check-in keys are computed for, and under which secret. */
export interface CheckinPerson {
  secret: string;
  tenantId: string;
  aadObjectId: string;
}

interface ResponseRow {
  partitionKey: string;
  rowKey: string;
  choice: string;
  roleId: string;
  note?: string;
}

/** Parallel point reads per check-in: enough to hide the round trip, few enough for one instance. */
const CONCURRENCY = 16;

/** The person's owner key of a check-in: per check-in, or per series for one a series posted. */
function ownerKeyOf(person: CheckinPerson, c: Pick<KeptCheckin, 'id' | 'seriesId'>): string {
  return c.seriesId ? seriesOwnerKeyOf(person.secret, person.tenantId, c.seriesId, person.aadObjectId) : starterKeyOf(person.secret, person.tenantId, c.id, person.aadObjectId);
}

/**
 * Check-in rows hold no person id, and a person's keys differ per check-in, so finding their
 * rows means recomputing both keys for every check-in still kept in their tenant (retention
 * bounds that list) and reading one row per check-in. Rows written under the one key per person
 * used before are found by that key. Series are found the same way, by their owner key. It runs
 * only on export and delete.
 */
export async function checkinRowsOf(tables: { checkins: TableClient; responses: TableClient; series: TableClient }, person: CheckinPerson): Promise<OwnCheckinRows> {
  const responses: OwnCheckinResponse[] = [];
  const started: OwnCheckin[] = [];
  const kept = await keptCheckinsOf(tables.checkins, person.tenantId);
  await forEachLimited(kept, async (c) => {
    const key = responseKeyOf(person.secret, person.tenantId, c.id, person.aadObjectId);
    const row = await getRow(tables.responses, c.id, key);
    if (row) responses.push(toOwnResponse(row, key));
    const owner = ownerKeyOf(person, c);
    if (c.owner === owner) started.push(toOwnCheckin(c, owner));
  });
  const legacy = legacyPseudonymOf(person.secret, person.tenantId, person.aadObjectId);
  for await (const r of tables.responses.listEntities<ResponseRow>({ queryOptions: { filter: `RowKey eq ${odataString(safeKey(legacy))}` } })) responses.push(toOwnResponse(r, legacy));
  for (const c of kept) if (c.owner === legacy) started.push(toOwnCheckin(c, legacy));
  const series = (await new CheckinSeriesRepository(tables.series).keptIn(person.tenantId)).flatMap((s) => {
    const key = seriesOwnerKeyOf(person.secret, person.tenantId, s.id, person.aadObjectId);
    return s.owner === key ? [{ seriesId: s.id, key, everyWeeks: s.everyWeeks, weekday: s.weekday, time: s.time, zone: s.zone, topicKind: s.topicKind, topicId: s.topicId, rotate: s.rotate, createdAt: s.createdAt }] : [];
  });
  return { responses, started, series };
}

/**
 * Removes the person's check-in answers and unlinks the check-ins they started: those stay for
 * the team (a closed result is frozen and no longer belongs to one person), but their owner
 * becomes ERASED_OWNER. An open one they started closes at its deadline. A series they set up
 * stops: nobody could close its check-ins or stop it any more.
 */
export async function eraseCheckinRows(tables: { checkins: TableClient; responses: CheckinResponsesRepository; series: TableClient }, person: CheckinPerson): Promise<{ responses: number; unlinked: number; seriesStopped: number }> {
  let responses = 0;
  let unlinked = 0;
  const legacy = legacyPseudonymOf(person.secret, person.tenantId, person.aadObjectId);
  const unlink = async (c: KeptCheckin): Promise<void> => {
    await tables.checkins.updateEntity({ partitionKey: c.conversationKey, rowKey: safeKey(c.id), owner: ERASED_OWNER }, 'Merge');
    unlinked += 1;
  };
  await forEachLimited(await keptCheckinsOf(tables.checkins, person.tenantId), async (c) => {
    if (await tables.responses.delete(c.id, responseKeyOf(person.secret, person.tenantId, c.id, person.aadObjectId))) responses += 1;
    if (c.owner === ownerKeyOf(person, c) || c.owner === legacy) await unlink(c);
  });
  responses += await tables.responses.deleteAllOf(legacy);
  const seriesStore = new CheckinSeriesRepository(tables.series);
  let seriesStopped = 0;
  for (const s of await seriesStore.keptIn(person.tenantId)) {
    if (s.owner !== seriesOwnerKeyOf(person.secret, person.tenantId, s.id, person.aadObjectId)) continue;
    await seriesStore.delete(s);
    seriesStopped += 1;
  }
  return { responses, unlinked, seriesStopped };
}

async function getRow(table: TableClient, checkinId: string, key: string): Promise<ResponseRow | undefined> {
  return findRow<ResponseRow>(table, safeKey(checkinId), safeKey(key));
}

function toOwnResponse(r: ResponseRow, key: string): OwnCheckinResponse {
  return { checkinId: decodeURIComponent(r.partitionKey), key, choice: r.choice, roleId: r.roleId, ...(r.note ? { note: r.note } : {}) };
}

function toOwnCheckin(c: KeptCheckin, key: string): OwnCheckin {
  return { checkinId: c.id, key, topicKind: c.topicKind, topicId: c.topicId, createdAt: c.createdAt, status: c.status, ...(c.seriesId ? { seriesId: c.seriesId } : {}) };
}

/** Runs `work` for every item, at most CONCURRENCY at a time; the first failure fails the whole. */
async function forEachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
}
