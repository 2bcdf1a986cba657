import { DateTime } from 'luxon';
import { renderDailyAnswered } from '../../cards/daily-answered-card';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { cardResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';
import { deliveryRefSchema } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import { ticketOf } from './ticket-of';
import type { ActionHandler } from '../turn';

export const SNOOZE_HOURS = 2;

/** `snooze`: the same prompt again in two hours, once. */
export const snoozeAction: ActionHandler = async (turn, data, services) => {
  const parsed = deliveryRefSchema.safeParse(data);
  if (!turn.person || !parsed.success) return errorResponse(turn.locale, 'invalid');
  const ctx = await loadDeliveryContext(services, turn.person, parsed.data.deliveryId);
  if (!ctx?.open) return errorResponse(turn.locale, 'invalid');
  const s = reflectionStrings[turn.locale];
  const answer = await services.answers.get(turn.person.key, ctx.delivery.id);
  if (answer) return cardResponse(renderDailyAnswered(services.content, answer, ctx.prompt.text[turn.locale], turn.locale, ctx.sameDay));
  const again = () =>
    cardResponse(
      renderDailyPrompt(services.content, { deliveryId: ctx.delivery.id, ticket: ticketOf(services, ctx), prompt: ctx.prompt, lens: ctx.lens, locale: turn.locale, errorText: s.snoozedAlready, showSnooze: false, showSkip: true }),
    );
  if (ctx.delivery.snoozes >= 1) return again();
  // Only one snooze wins, even when the button is clicked twice at once.
  if (!(await services.deliveries.updateIfUnchanged(ctx.delivery, { snoozes: 1 }))) return again();
  const at = DateTime.fromJSDate(services.now()).plus({ hours: SNOOZE_HOURS });
  await services.due.scheduleSnooze(turn.person.key, ctx.delivery.id, at.toJSDate());
  return cardResponse(renderMessage(s.snoozed(at.setZone(turn.person.settings.timeZone).toFormat('HH:mm'))));
};
