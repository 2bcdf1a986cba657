import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import type { CraftNote } from '../domain/craft-reflection';
import { odataString } from './keys';
import { deleteIfExists, findRow } from './rows';
import { deleteWhere } from './table-sweep';

const craftRow = z.object({ rowKey: z.string(), questionId: z.string(), note: z.string(), savedAt: z.string() });

/** Monthly craft reflections in the person's partition, one row per month (yyyy-mm). Only the person reads them. */
export class CraftNotesRepository {
  constructor(private readonly table: TableClient) {}

  /** Stores or replaces the reflection on `note.month`. */
  async save(personKey: string, note: CraftNote): Promise<void> {
    await this.table.upsertEntity({ partitionKey: personKey, rowKey: note.month, questionId: note.questionId, note: note.note, savedAt: note.savedAt }, 'Replace');
  }

  async get(personKey: string, month: string): Promise<CraftNote | undefined> {
    const entity = await findRow<Record<string, unknown>>(this.table, personKey, month);
    return entity ? toNote(entity) : undefined;
  }

  /** Every reflection of the person, oldest month first (export). */
  async listFor(personKey: string): Promise<CraftNote[]> {
    const notes: CraftNote[] = [];
    for await (const entity of this.table.listEntities({ queryOptions: { filter: `PartitionKey eq ${odataString(personKey)}` } })) {
      const note = toNote(entity);
      if (note) notes.push(note);
    }
    return notes.sort((a, b) => a.month.localeCompare(b.month));
  }

  async remove(personKey: string, month: string): Promise<void> {
    await deleteIfExists(this.table, personKey, month);
  }

  /** Delete my data: every reflection of the person. */
  deleteAll(personKey: string): Promise<number> {
    return deleteWhere(this.table, `PartitionKey eq ${odataString(personKey)}`);
  }
}

/** A row read back; one of an unexpected shape is left out rather than shown half. */
function toNote(entity: unknown): CraftNote | undefined {
  const row = craftRow.safeParse(entity);
  return row.success ? { month: row.data.rowKey, questionId: row.data.questionId, note: row.data.note, savedAt: row.data.savedAt } : undefined;
}
