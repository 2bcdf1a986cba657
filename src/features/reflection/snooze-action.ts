import type { ReflectionDeps } from './reflection-deps';
import { promptTextFor } from '../../domain/content-fit';
import { workProfileOf } from '../../domain/person-settings';
import { DateTime } from 'luxon';
import { renderDailyAnswered } from '../../cards/daily-answered-card';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { deliveryRefSchema, type DeliveryRef } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import { dayAnswerOf } from '../../domain/reflection-day';
import { findPrompt } from '../../content/library-lookup';
import { ticketOf } from './ticket-of';
import type { PersonalTurn } from '../turn';

const SNOOZE_HOURS = 2;

/** `snooze`: the same prompt again in two hours, once. */
export const snoozeAction = defineAction({ verb: VERBS.snooze, scope: 'personal', schema: deliveryRefSchema, handle: snooze });

async function snooze(turn: PersonalTurn, ref: DeliveryRef, services: ReflectionDeps): Promise<ActionReply> {
  const ctx = await loadDeliveryContext(services, turn.person, ref.deliveryId);
  if (!ctx?.open) return renderError(turn.locale, 'invalid');
  const s = reflectionStrings[turn.locale];
  const profile = workProfileOf(turn.person.settings);
  // Today already answered (this question or another of the day): that answer, not a snooze.
  const day = await services.answers.listForDay(turn.person.key, ctx.delivery.localDate);
  const answer = day.find((a) => a.deliveryId === ctx.delivery.id) ?? dayAnswerOf(day);
  const answeredPrompt = answer ? findPrompt(services.content, answer.promptId) : undefined;
  if (answer) return renderDailyAnswered(services.content, answer, answeredPrompt ? promptTextFor(answeredPrompt, profile.layer, turn.locale) : '', turn.locale, ctx.sameDay);
  const again = () =>
    renderDailyPrompt(services.content, { deliveryId: ctx.delivery.id, ticket: ticketOf(services, ctx), prompt: ctx.prompt, lens: ctx.lens, locale: turn.locale, profile, errorText: s.snoozedAlready, showSnooze: false, showSkip: true });
  if (ctx.delivery.snoozes >= 1) return again();
  // Only one snooze wins, even when the button is clicked twice at once.
  if (!(await services.deliveries.updateIfUnchanged(ctx.delivery, { snoozes: 1 }))) return again();
  const at = DateTime.fromJSDate(services.now()).plus({ hours: SNOOZE_HOURS });
  await services.due.scheduleSnooze(turn.person.key, ctx.delivery.id, at.toJSDate());
  return renderMessage(s.snoozed(at.setZone(turn.person.settings.timeZone).toFormat('HH:mm')));
}
