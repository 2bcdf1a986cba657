import type { ReflectionDeps } from './reflection-deps';
import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { deliveryRefSchema } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import { completeDay } from './reflection-day';

/** `skip`: not today. The delivery is marked and the day completed, so neither a snooze nor the scheduled prompt comes. */
export const skipAction = defineAction({
  verb: VERBS.skip,
  scope: 'personal',
  schema: deliveryRefSchema,
  handle: async (turn, ref, services: ReflectionDeps): Promise<ActionReply> => {
    const ctx = await loadDeliveryContext(services, turn.person, ref.deliveryId);
    if (!ctx) return renderError(turn.locale, 'invalid');
    await services.deliveries.update(turn.person.key, ctx.delivery.id, { skipped: true });
    // "Not today" completes the day: no scheduled prompt later, and a pending snooze stays away.
    if (ctx.sameDay) await completeDay(services, turn.person, ctx.delivery.localDate, ctx.delivery, 'skip');
    return renderMessage(reflectionStrings[turn.locale].skipped);
  },
});
