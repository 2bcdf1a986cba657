import type { TableClient } from '@azure/data-tables';
import type { ConversationRef } from '../domain/conversation-ref';
import { conversationRefSchema } from './row-schemas';
import { findRow, ignoreNotFound, parseJsonColumn } from './rows';

const ROW = 'personal';

/** The personal-chat conversation reference of each person, for proactive sends. */
export class ConversationsRepository {
  constructor(private readonly table: TableClient) {}

  /** Replaces the stored reference; Teams may move a person to another serviceUrl. */
  async save(key: string, reference: ConversationRef): Promise<void> {
    await this.table.upsertEntity({ partitionKey: key, rowKey: ROW, reference: JSON.stringify(reference) }, 'Replace');
  }

  async get(key: string): Promise<ConversationRef | undefined> {
    const entity = await findRow<{ reference: string }>(this.table, key, ROW);
    return entity ? parseJsonColumn(conversationRefSchema, entity.reference) : undefined;
  }

  async delete(key: string): Promise<void> {
    await this.table.deleteEntity(key, ROW).catch(ignoreNotFound);
  }
}
