import type { ConversationReference } from 'botbuilder';
import type { ConversationsRepository } from '../store/conversations-repository';
import { RecentMemory } from '../domain/recent-memory';

const MAX_REMEMBERED = 50_000;

/**
 * Keeps each person's stored conversation reference current without a write on every turn:
 * it writes when this instance has not seen the person yet or when the serviceUrl or
 * conversation changed.
 */
export class ReferenceTracker {
  private readonly seen = new RecentMemory<string>(MAX_REMEMBERED);

  constructor(private readonly conversations: ConversationsRepository) {}

  async remember(personKey: string, reference: Partial<ConversationReference>): Promise<void> {
    const fingerprint = `${reference.serviceUrl ?? ''}|${reference.conversation?.id ?? ''}`;
    if (this.seen.get(personKey, 0, Number.POSITIVE_INFINITY) === fingerprint) return;
    await this.conversations.save(personKey, {
      serviceUrl: reference.serviceUrl,
      channelId: reference.channelId,
      conversation: reference.conversation,
      bot: reference.bot,
      user: reference.user ? { id: reference.user.id, name: '', aadObjectId: reference.user.aadObjectId } : undefined,
    });
    this.seen.set(personKey, fingerprint, 0);
  }

  /** After a delete the next turn must write again. */
  forget(personKey: string): void {
    this.seen.delete(personKey);
  }
}
