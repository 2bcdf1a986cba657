import type { TableClient } from '@azure/data-tables';
import type { ExactCounts, PublishedFigures } from '../domain/adoption-figures';
import { odataString, safeKey } from './keys';
import { findRow, insertIfAbsent } from './rows';

const FIGURES: readonly (keyof ExactCounts)[] = ['registered', 'active', 'answers', 'checkins'];
/** A figure too few to show is stored as this (table storage has no null). */
const HIDDEN = -1;

type Row = Record<keyof ExactCounts, number>;

/**
 * The adoption figures as first shown, one row per tenant and week, written once and never
 * changed: a later run shows the same numbers, so comparing two runs cannot reveal that someone
 * erased their data (and what they did that week). Holds rounded figures only, nothing per person.
 */
export class PublishedFiguresRepository {
  constructor(private readonly table: TableClient) {}

  /** Frozen figures of these weeks (by label) for one tenant; weeks never shown are absent. */
  async weeksOf(tenantId: string, from: string, to: string): Promise<Map<string, PublishedFigures>> {
    const filter = `PartitionKey eq ${odataString(safeKey(tenantId))} and RowKey ge ${odataString(from)} and RowKey le ${odataString(to)}`;
    const out = new Map<string, PublishedFigures>();
    for await (const r of this.table.listEntities<Row>({ queryOptions: { filter, select: ['RowKey', ...FIGURES] } })) {
      if (r.rowKey) out.set(r.rowKey, fromRow(r));
    }
    return out;
  }

  /** Freezes the figures of one week unless another run was first; answers what is frozen now. */
  async freeze(tenantId: string, week: string, figures: PublishedFigures): Promise<PublishedFigures> {
    const row = Object.fromEntries(FIGURES.map((f) => [f, figures[f] ?? HIDDEN])) as Row;
    if (await insertIfAbsent(() => this.table.createEntity({ partitionKey: safeKey(tenantId), rowKey: week, ...row }))) return figures;
    const frozen = await findRow<Row>(this.table, safeKey(tenantId), week);
    return frozen ? fromRow(frozen) : figures;
  }
}

function fromRow(r: Row): PublishedFigures {
  return Object.fromEntries(FIGURES.map((f) => [f, typeof r[f] === 'number' && r[f] >= 0 ? r[f] : null])) as PublishedFigures;
}
