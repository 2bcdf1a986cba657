import type { Services } from '../../src/features/services';
import { personKey } from '../../src/store/keys';
import { TENANT, testUser } from './activities';

/**
 * Registers people directly through the repositories (as first contact would) with a
 * conversation on `serviceUrl` and their next prompt due at `dueAt`.
 */
export async function seedPeople(services: Services, from: number, count: number, serviceUrl: string, dueAt?: Date, parallel = 32): Promise<string[]> {
  const keys: string[] = [];
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < from + count) {
      const user = testUser(next++);
      const { person } = await services.people.ensure({ tenantId: TENANT, aadObjectId: user.aadObjectId, name: user.name, locale: 'nl', timeZone: 'Europe/Amsterdam', now: new Date() });
      await services.conversations.save(person.key, {
        serviceUrl,
        channelId: 'msteams',
        conversation: { id: `personal-${user.id}`, conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
        bot: { id: 'bot-id', name: 'Positie' },
        user: { id: user.id, name: '', aadObjectId: user.aadObjectId },
      });
      if (dueAt) await services.due.schedule(person.key, 'prompt', dueAt);
      keys.push(personKey(TENANT, user.aadObjectId));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return keys;
}
