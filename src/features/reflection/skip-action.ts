import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { cardResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';
import { deliveryRefSchema } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import type { ActionHandler } from '../turn';

/** `skip`: not today. The delivery is marked, so a pending snooze does not come back. */
export const skipAction: ActionHandler = async (turn, data, services) => {
  const parsed = deliveryRefSchema.safeParse(data);
  if (!turn.person || !parsed.success) return errorResponse(turn.locale, 'invalid');
  const ctx = await loadDeliveryContext(services, turn.person, parsed.data.deliveryId);
  if (!ctx) return errorResponse(turn.locale, 'invalid');
  await services.deliveries.update(turn.person.key, ctx.delivery.id, { skipped: true });
  return cardResponse(renderMessage(reflectionStrings[turn.locale].skipped));
};
