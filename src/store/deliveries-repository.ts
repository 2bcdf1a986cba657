import type { TableClient } from '@azure/data-tables';
import { deletePartition } from './answers-repository';
import { odataString, safeKey } from './keys';
import { findRow, insertIfAbsent, whenUnchanged } from './rows';
import type { Delivery } from '../domain/delivery';
import { RecentMemory } from '../domain/recent-memory';

type Entity = Omit<Delivery, 'personKey' | 'id' | 'etag'> & { partitionKey: string; rowKey: string };

export function scheduledDeliveryId(localDate: string, kind: 'prompt' | 'summary' | 'reminder'): string {
  return `${localDate}_${kind}`;
}

/** How long `ensureExists` trusts that a record it made sure of is still there. */
const KNOWN_FOR_MS = 15 * 60_000;
/** Records remembered at most; beyond this the oldest is dropped. */
const MAX_KNOWN = 10_000;

/** Delivery records: the claim that makes each scheduled message go out once. */
export class DeliveriesRepository {
  /** Records this instance knows to exist lately, for `ensureExists`. */
  private readonly known = new RecentMemory<true>(MAX_KNOWN);

  constructor(private readonly table: TableClient) {}

  /** Conditional insert: true only for the one caller whose insert created the record. */
  async tryCreate(delivery: Omit<Delivery, 'etag'>): Promise<boolean> {
    return insertIfAbsent(() => this.table.createEntity(toEntity(delivery)));
  }

  /**
   * Makes sure a record exists (creating it as given when it does not), without asking storage
   * again when this instance made sure of it less than KNOWN_FOR_MS ago: a person editing an
   * answer marks the same day again and again. Records are only removed by retention (long
   * after) and by "delete my data" (`deleteAll`, which forgets them here too; another instance's
 * memory of them lasts at most KNOWN_FOR_MS, and costs only a skipped mark).
   */
  async ensureExists(delivery: Omit<Delivery, 'etag'>, nowMs: number): Promise<void> {
    const key = `${delivery.personKey}\u0000${delivery.id}`;
    if (this.known.get(key, nowMs, KNOWN_FOR_MS)) return;
    await this.tryCreate(delivery);
    this.known.set(key, true, nowMs);
  }

  /**
   * Takes a slot as skipped ("not today"): creates it so, or turns a slot held for a question
   * into skipped. A slot claimed or sent by the scheduler stays as it is.
   */
  async skipSlot(slot: Omit<Delivery, 'etag'>): Promise<void> {
    if (await this.tryCreate(slot)) return;
    const existing = await this.get(slot.personKey, slot.id);
    if (existing?.state === 'held') await this.updateIfUnchanged(existing, { state: 'skipped' });
  }

  async get(personKey: string, id: string): Promise<Delivery | undefined> {
    const entity = await findRow<Entity>(this.table, personKey, safeKey(id));
    return entity ? fromEntity(entity, entity.etag) : undefined;
  }

  /**
   * Optimistic update: applies `changes` only if the record is unchanged since it was read
   * (etag); false when another instance got there first.
   */
  async updateIfUnchanged(delivery: Delivery, changes: Partial<Omit<Delivery, 'personKey' | 'id' | 'etag'>>): Promise<boolean> {
    return whenUnchanged(() => this.table.updateEntity({ partitionKey: delivery.personKey, rowKey: safeKey(delivery.id), ...changes }, 'Merge', { etag: delivery.etag ?? '*' }));
  }

  async update(personKey: string, id: string, changes: Partial<Omit<Delivery, 'personKey' | 'id' | 'etag'>>): Promise<void> {
    await this.table.updateEntity({ partitionKey: personKey, rowKey: safeKey(id), ...changes }, 'Merge');
  }

  async listForPerson(personKey: string): Promise<Delivery[]> {
    const out: Delivery[] = [];
    const filter = `PartitionKey eq '${personKey.replace(/'/g, "''")}'`;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) out.push(fromEntity(e, e.etag));
    return out;
  }

  /** The deliveries of one local day (ids start with the date), oldest claim first. */
  async listForDay(personKey: string, localDate: string): Promise<Delivery[]> {
    const out: Delivery[] = [];
    const filter = `PartitionKey eq ${odataString(personKey)} and RowKey ge ${odataString(`${localDate}_`)} and RowKey lt ${odataString(`${localDate}~`)}`;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) out.push(fromEntity(e, e.etag));
    return out.sort((a, b) => a.claimedAt.localeCompare(b.claimedAt));
  }

  async deleteAll(personKey: string): Promise<number> {
    this.known.deleteStartingWith(`${personKey}\u0000`);
    return deletePartition(this.table, personKey);
  }
}

function toEntity(d: Omit<Delivery, 'etag'>): Entity {
  const { personKey, id, ...rest } = d;
  return { partitionKey: personKey, rowKey: safeKey(id), ...withoutUndefined(rest) };
}

function fromEntity(e: Entity, etag: string | undefined): Delivery {
  const { partitionKey, rowKey, ...rest } = e;
  const clean = Object.fromEntries(Object.entries(rest).filter(([k]) => !['etag', 'timestamp', 'odata.etag'].includes(k))) as Omit<Delivery, 'personKey' | 'id'>;
  return { ...clean, personKey: partitionKey, id: decodeURIComponent(rowKey), ...(etag ? { etag } : {}) };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
