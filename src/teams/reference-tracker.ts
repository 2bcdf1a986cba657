import type { ConversationReference } from 'botbuilder';
import type { ConversationsRepository } from '../store/conversations-repository';
import { RecentMemory } from '../domain/recent-memory';
import type { Person } from '../domain/person';

const MAX_REMEMBERED = 50_000;

/**
 * Keeps each person's stored conversation reference current without a write on every turn:
 * it writes when this instance has not seen the person yet, when the serviceUrl or conversation
 * changed, or when the profile is a new one (made again after "delete my data", which removed
 * the stored reference too: on any instance, whatever it remembers of the old profile).
 */
export class ReferenceTracker {
  private readonly seen = new RecentMemory<string>(MAX_REMEMBERED);

  constructor(private readonly conversations: ConversationsRepository) {}

  async remember(person: Pick<Person, 'key' | 'createdAt'>, reference: Partial<ConversationReference>): Promise<void> {
    const fingerprint = `${person.createdAt}|${reference.serviceUrl ?? ''}|${reference.conversation?.id ?? ''}`;
    if (this.seen.get(person.key, 0, Number.POSITIVE_INFINITY) === fingerprint) return;
    await this.conversations.save(person.key, {
      serviceUrl: reference.serviceUrl,
      channelId: reference.channelId,
      conversation: reference.conversation,
      bot: reference.bot,
      user: reference.user ? { id: reference.user.id, name: '', aadObjectId: reference.user.aadObjectId } : undefined,
    });
    this.seen.set(person.key, fingerprint, 0);
  }
}
