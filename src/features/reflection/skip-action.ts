import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { deliveryRefSchema } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';

/** `skip`: not today. The delivery is marked, so a pending snooze does not come back. */
export const skipAction = defineAction({
  verb: VERBS.skip,
  scope: 'personal',
  schema: deliveryRefSchema,
  handle: async (turn, ref, services): Promise<ActionReply> => {
    const ctx = await loadDeliveryContext(services, turn.person, ref.deliveryId);
    if (!ctx) return renderError(turn.locale, 'invalid');
    await services.deliveries.update(turn.person.key, ctx.delivery.id, { skipped: true });
    return renderMessage(reflectionStrings[turn.locale].skipped);
  },
});
