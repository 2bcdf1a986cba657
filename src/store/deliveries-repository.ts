import { RestError, type TableClient } from '@azure/data-tables';
import { deletePartition } from './answers-repository';
import { safeKey } from './keys';

export type DeliveryKind = 'prompt' | 'summary' | 'reflect' | 'reminder';
export type DeliveryState = 'claimed' | 'sent' | 'skipped' | 'failed';

/** One message to one person: a scheduled prompt or summary, or a prompt asked for. */
export interface Delivery {
  personKey: string;
  /** `<localDate>_<kind>` for scheduled ones (the claim key), unique for asked-for prompts. */
  id: string;
  kind: DeliveryKind;
  localDate: string;
  state: DeliveryState;
  promptId?: string;
  paradoxId?: string;
  /** The lens the prompt was asked in (its roles are the valid answers). */
  lens?: string;
  claimedAt: string;
  claimedBy: string;
  attempts: number;
  activityId?: string;
  sentAt?: string;
  /** How often the person snoozed this prompt (at most once). */
  snoozes: number;
  /** When a snoozed prompt was sent again (once). */
  resentAt?: string;
  /** Set when the person chose "not today". */
  skipped?: boolean;
  etag?: string;
}

type Entity = Omit<Delivery, 'personKey' | 'id' | 'etag'> & { partitionKey: string; rowKey: string };

export function scheduledDeliveryId(localDate: string, kind: 'prompt' | 'summary' | 'reminder'): string {
  return `${localDate}_${kind}`;
}

/** Delivery records: the claim that makes each scheduled message go out once. */
export class DeliveriesRepository {
  constructor(private readonly table: TableClient) {}

  /** Conditional insert: true only for the one caller whose insert created the record. */
  async tryCreate(delivery: Omit<Delivery, 'etag'>): Promise<boolean> {
    try {
      await this.table.createEntity(toEntity(delivery));
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async get(personKey: string, id: string): Promise<Delivery | undefined> {
    try {
      const entity = await this.table.getEntity<Entity>(personKey, safeKey(id));
      return fromEntity(entity, entity.etag);
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  /**
   * Optimistic update: applies `changes` only if the record is unchanged since it was read
   * (etag); false when another instance got there first.
   */
  async updateIfUnchanged(delivery: Delivery, changes: Partial<Omit<Delivery, 'personKey' | 'id' | 'etag'>>): Promise<boolean> {
    try {
      await this.table.updateEntity({ partitionKey: delivery.personKey, rowKey: safeKey(delivery.id), ...changes }, 'Merge', { etag: delivery.etag ?? '*' });
      return true;
    } catch (error) {
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 404)) return false;
      throw error;
    }
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

  async deleteAll(personKey: string): Promise<number> {
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
