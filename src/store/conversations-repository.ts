import { RestError, type TableClient } from '@azure/data-tables';
import type { ConversationRef } from '../domain/conversation-ref';
import { ignoreNotFound } from './people-repository';

const ROW = 'personal';

/** The personal-chat conversation reference of each person, for proactive sends. */
export class ConversationsRepository {
  constructor(private readonly table: TableClient) {}

  /** Replaces the stored reference; Teams may move a person to another serviceUrl. */
  async save(key: string, reference: ConversationRef): Promise<void> {
    await this.table.upsertEntity({ partitionKey: key, rowKey: ROW, reference: JSON.stringify(reference) }, 'Replace');
  }

  async get(key: string): Promise<ConversationRef | undefined> {
    try {
      const entity = await this.table.getEntity<{ reference: string }>(key, ROW);
      return JSON.parse(entity.reference) as ConversationRef;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.table.deleteEntity(key, ROW).catch(ignoreNotFound);
  }
}
