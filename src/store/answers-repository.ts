import type { TableClient } from '@azure/data-tables';
import type { Answer } from '../domain/answer';
import { isExtraDelivery } from '../domain/reflection-day';
import { odataString, safeKey } from './keys';
import { deleteIfExists, findRow } from './rows';

type AnswerEntity = {
  partitionKey: string;
  rowKey: string;
  /** The delivery answered (absent on rows from before the day's row, whose key was the delivery id). */
  deliveryId?: string;
  promptId: string;
  paradoxId: string;
  position: number;
  lens: string;
  roleId: string;
  tacticId?: string;
  note?: string;
  answeredAt: string;
  localDate: string;
};

/**
 * Answers in the person's partition. A day holds one answer, to whichever of its questions: that
 * row is keyed by the day (`<date>_day`), so a second answer that day takes the first one's place
 * in one write, without reading first. An extra question's answer is kept besides it, keyed by its
 * delivery. Rows from before (keyed by the delivery) are still read; a day's row outranks them.
 */
export class AnswersRepository {
  constructor(private readonly table: TableClient) {}

  /** Stores the answer: the day's answer replaces the day's earlier one; a resubmit never adds a row. */
  async save(personKey: string, answer: Answer): Promise<void> {
    await this.table.upsertEntity(toEntity(personKey, answer), 'Replace');
  }

  /** The day's answer (to whichever of its questions), if the day has one: one point read. */
  async dayAnswer(personKey: string, localDate: string): Promise<Answer | undefined> {
    const entity = await findRow<AnswerEntity>(this.table, personKey, dayRowKey(localDate));
    return entity ? toAnswer(entity) : undefined;
  }

  /** The answers to the questions of one local day: the day's answer and the extra ones. */
  async listForDay(personKey: string, localDate: string): Promise<Answer[]> {
    const filter = `PartitionKey eq ${odataString(personKey)} and RowKey ge ${odataString(`${localDate}_`)} and RowKey lt ${odataString(`${localDate}~`)}`;
    return this.list(filter);
  }

  /** The answer to one delivery; undefined when another question of its day was answered instead. */
  async get(personKey: string, deliveryId: string): Promise<Answer | undefined> {
    if (isExtraDelivery(deliveryId)) {
      const entity = await findRow<AnswerEntity>(this.table, personKey, safeKey(deliveryId));
      return entity ? toAnswer(entity) : undefined;
    }
    const answer = await this.dayAnswer(personKey, deliveryId.slice(0, 10));
    return answer?.deliveryId === deliveryId ? answer : undefined;
  }

  /** Answers whose local date lies in [from, to] (yyyy-mm-dd, inclusive). */
  async listBetween(personKey: string, from: string, to: string): Promise<Answer[]> {
    return this.list(`PartitionKey eq ${odataString(personKey)} and localDate ge ${odataString(from)} and localDate le ${odataString(to)}`);
  }

  /** Oldest first; of a day's answers in an old row and in the day's row, only the day's row. */
  private async list(filter: string): Promise<Answer[]> {
    const entities: AnswerEntity[] = [];
    for await (const entity of this.table.listEntities<AnswerEntity>({ queryOptions: { filter } })) entities.push(entity);
    const daysWithRow = new Set(entities.filter((e) => e.rowKey === dayRowKey(e.localDate)).map((e) => e.localDate));
    const superseded = (e: AnswerEntity): boolean => e.rowKey !== dayRowKey(e.localDate) && daysWithRow.has(e.localDate) && !isExtraDelivery(deliveryIdOf(e));
    return entities
      .filter((e) => !superseded(e))
      .map(toAnswer)
      .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  }

  async deleteAll(personKey: string): Promise<number> {
    return deletePartition(this.table, personKey);
  }
}

function dayRowKey(localDate: string): string {
  return `${localDate}_day`;
}

function deliveryIdOf(e: AnswerEntity): string {
  return e.deliveryId ?? decodeURIComponent(e.rowKey);
}

function toEntity(personKey: string, answer: Answer): AnswerEntity {
  return {
    partitionKey: personKey,
    rowKey: isExtraDelivery(answer.deliveryId) ? safeKey(answer.deliveryId) : dayRowKey(answer.localDate),
    deliveryId: answer.deliveryId,
    promptId: answer.promptId,
    paradoxId: answer.paradoxId,
    position: answer.position,
    lens: answer.lens,
    roleId: answer.roleId,
    answeredAt: answer.answeredAt,
    localDate: answer.localDate,
    ...(answer.tacticId ? { tacticId: answer.tacticId } : {}),
    ...(answer.note ? { note: answer.note } : {}),
  };
}

function toAnswer(e: AnswerEntity): Answer {
  return {
    deliveryId: deliveryIdOf(e),
    promptId: e.promptId,
    paradoxId: e.paradoxId,
    position: e.position as Answer['position'],
    lens: e.lens,
    roleId: e.roleId,
    answeredAt: e.answeredAt,
    localDate: e.localDate,
    ...(e.tacticId ? { tacticId: e.tacticId } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

/** Deletes every row of one partition; returns how many. */
export async function deletePartition(table: TableClient, partitionKey: string): Promise<number> {
  let count = 0;
  const filter = `PartitionKey eq ${odataString(partitionKey)}`;
  for await (const entity of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) {
    await deleteIfExists(table, partitionKey, entity.rowKey ?? '');
    count += 1;
  }
  return count;
}
