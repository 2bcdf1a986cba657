import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { cardResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';
import { deliveryRefSchema } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import { ticketOf } from './ticket-of';
import type { ActionHandler } from '../turn';

/** `edit`: reopens the inputs, filled in with the stored answer, until the end of that day. */
export const editAction: ActionHandler = async (turn, data, services) => {
  const parsed = deliveryRefSchema.safeParse(data);
  if (!turn.person || !parsed.success) return errorResponse(turn.locale, 'invalid');
  const ctx = await loadDeliveryContext(services, turn.person, parsed.data.deliveryId);
  if (!ctx) return errorResponse(turn.locale, 'invalid');
  if (!ctx.sameDay) return cardResponse(renderMessage(reflectionStrings[turn.locale].editClosed));
  const answer = await services.answers.get(turn.person.key, ctx.delivery.id);
  const values = answer
    ? { position: String(answer.position), role: answer.roleId, tactic: answer.tacticId ?? '', note: answer.note ?? '' }
    : undefined;
  return cardResponse(
    renderDailyPrompt(services.content, {
      deliveryId: ctx.delivery.id,
      ticket: ticketOf(services, ctx),
      prompt: ctx.prompt,
      lens: ctx.lens,
      locale: turn.locale,
      ...(values ? { values } : {}),
      showSnooze: false,
      showSkip: false,
    }),
  );
};
