import type { TableClient } from '@azure/data-tables';
import type { AdoptionFacts, AnswerFact, CheckinFact, PersonFact } from '../domain/adoption-figures';
import { odataString } from './keys';

interface AdoptionTables {
  people: TableClient;
  answers: TableClient;
  checkins: TableClient;
}

export interface FactsQuery {
  /** Local dates (yyyy-mm-dd) of the answers to read, inclusive. */
  from: string;
  to: string;
  /** Instants (ISO) of the check-in starts to read: [startedFrom, startedBefore). */
  startedFrom: string;
  startedBefore: string;
  /** Only this tenant, when given. */
  tenantId?: string;
}

/**
 * Reads what the adoption figures count, and nothing else: never a name, a setting, a position or
 * a note. Every query selects only the columns it needs; it writes nothing.
 */
export async function readAdoptionFacts(tables: AdoptionTables, query: FactsQuery): Promise<AdoptionFacts> {
  const tenant = query.tenantId === undefined ? '' : ` and tenantId eq ${odataString(query.tenantId)}`;
  const people: PersonFact[] = [];
  for await (const r of tables.people.listEntities<{ tenantId: string; createdAt: string }>({
    queryOptions: { filter: `RowKey eq 'profile'${tenant}`, select: ['PartitionKey', 'tenantId', 'createdAt'] },
  })) {
    if (r.partitionKey) people.push({ personKey: r.partitionKey, tenantId: r.tenantId, createdAt: r.createdAt });
  }
  // Answer rows carry no tenant; the person's key ties them to a profile (and so a tenant) above.
  const answers: AnswerFact[] = [];
  for await (const r of tables.answers.listEntities<{ localDate: string }>({
    queryOptions: { filter: `localDate ge ${odataString(query.from)} and localDate le ${odataString(query.to)}`, select: ['PartitionKey', 'localDate'] },
  })) {
    if (r.partitionKey) answers.push({ personKey: r.partitionKey, localDate: r.localDate });
  }
  // The time-keyed list rows beside the check-ins have no createdAt, so the filter skips them.
  const checkins: CheckinFact[] = [];
  for await (const r of tables.checkins.listEntities<CheckinFact>({
    queryOptions: { filter: `createdAt ge ${odataString(query.startedFrom)} and createdAt lt ${odataString(query.startedBefore)}${tenant}`, select: ['tenantId', 'createdAt'] },
  })) {
    checkins.push({ tenantId: r.tenantId, createdAt: r.createdAt });
  }
  return { people, answers, checkins };
}
