import type { Server } from 'restify';
import type { Services } from '../features/services';
import { checkinConversationKey } from '../store/checkins-repository';

/**
 * Local mode only (registered beside /dev/tick, never with credentials): `GET /dev/open-checkins?
 * tenant=<id>&conversation=<id>` lists the ids of a conversation's open check-ins, newest first,
 * so `npm run as-user` can answer a check-in started in the Agents Playground as other people.
 * Ids, topics and deadlines only; never an answer or a count.
 */
export function addOpenCheckinsRoute(server: Server, services: Pick<Services, 'checkins'>): void {
  server.get('/dev/open-checkins', async (req, res) => {
    const query = new URL(req.url ?? '', 'http://local').searchParams;
    const tenant = query.get('tenant') ?? '';
    const conversation = query.get('conversation') ?? '';
    if (!/^[\w.:@;=-]{1,200}$/.test(tenant) || !/^[\w.:@;=-]{1,300}$/.test(conversation)) {
      res.send(400, { error: 'give ?tenant=<tenant id>&conversation=<conversation id>' });
      return;
    }
    const open = await services.checkins.checkins.listRecent(checkinConversationKey(tenant, conversation), 10, (c) => c.status === 'open');
    res.send(200, { checkins: open.map((c) => ({ checkinId: c.id, topic: `${c.topicKind}:${c.topicId}`, dueAt: c.dueAt })) });
  });
}
