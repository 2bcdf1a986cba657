import type { TableClient } from '@azure/data-tables';
import type { Answer } from '../domain/answer';
import { odataString, safeKey } from './keys';
import { deleteIfExists, findRow } from './rows';

type AnswerEntity = {
  partitionKey: string;
  rowKey: string;
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

/** Answers in the person's partition, keyed by the delivery they answer (one per delivery). */
export class AnswersRepository {
  constructor(private readonly table: TableClient) {}

  /** Stores or replaces the answer to `answer.deliveryId`; a resubmit never adds a row. */
  async save(personKey: string, answer: Answer): Promise<void> {
    await this.table.upsertEntity(toEntity(personKey, answer), 'Replace');
  }

  /**
   * The day's answer given to another question of the same day: stores `answer` and removes the
   * one it replaces in one transaction (both rows are in the person's partition), so the day
   * never holds two answers, not even for a moment.
   */
  async replace(personKey: string, answer: Answer, replacedDeliveryId: string): Promise<void> {
    if (replacedDeliveryId === answer.deliveryId) return this.save(personKey, answer);
    await this.table.submitTransaction([
      ['upsert', toEntity(personKey, answer), 'Replace'],
      ['delete', { partitionKey: personKey, rowKey: safeKey(replacedDeliveryId) }],
    ]);
  }

  /** The answers to the questions of one local day (delivery ids start with the date). */
  async listForDay(personKey: string, localDate: string): Promise<Answer[]> {
    const filter = `PartitionKey eq ${odataString(personKey)} and RowKey ge ${odataString(`${localDate}_`)} and RowKey lt ${odataString(`${localDate}~`)}`;
    const answers: Answer[] = [];
    for await (const entity of this.table.listEntities<AnswerEntity>({ queryOptions: { filter } })) answers.push(toAnswer(entity));
    return answers.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  }

  async get(personKey: string, deliveryId: string): Promise<Answer | undefined> {
    const entity = await findRow<AnswerEntity>(this.table, personKey, safeKey(deliveryId));
    return entity ? toAnswer(entity) : undefined;
  }

  /** Answers whose local date lies in [from, to] (yyyy-mm-dd, inclusive). */
  async listBetween(personKey: string, from: string, to: string): Promise<Answer[]> {
    const filter = `PartitionKey eq ${odataString(personKey)} and localDate ge ${odataString(from)} and localDate le ${odataString(to)}`;
    const answers: Answer[] = [];
    for await (const entity of this.table.listEntities<AnswerEntity>({ queryOptions: { filter } })) answers.push(toAnswer(entity));
    return answers.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  }

  async deleteAll(personKey: string): Promise<number> {
    return deletePartition(this.table, personKey);
  }
}

function toEntity(personKey: string, answer: Answer): AnswerEntity {
  return {
    partitionKey: personKey,
    rowKey: safeKey(answer.deliveryId),
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
    deliveryId: decodeURIComponent(e.rowKey),
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
