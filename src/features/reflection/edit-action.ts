import type { ReflectionDeps } from './reflection-deps';
import { roleOf } from '../../domain/answer';
import { workProfileOf } from '../../domain/person-settings';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderMessage } from '../../cards/message-card';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { deliveryRefSchema, type DeliveryRef } from './answer-payload';
import { loadDeliveryContext } from './delivery-context';
import { ticketOf } from './ticket-of';
import type { PersonalTurn } from '../turn';

/** `edit`: reopens the inputs, filled in with the stored answer, until the end of that day. */
export const editAction = defineAction({ verb: VERBS.edit, scope: 'personal', schema: deliveryRefSchema, handle: edit });

async function edit(turn: PersonalTurn, ref: DeliveryRef, services: ReflectionDeps): Promise<ActionReply> {
  const ctx = await loadDeliveryContext(services, turn.person, ref.deliveryId);
  if (!ctx) return renderError(turn.locale, 'invalid');
  if (!ctx.sameDay) return renderMessage(reflectionStrings[turn.locale].editClosed);
  const answer = await services.answers.get(turn.person.key, ctx.delivery.id);
  const values = answer
    ? { position: String(answer.position), role: roleOf(answer) ?? '', tactic: answer.tacticId ?? '', note: answer.note ?? '' }
    : undefined;
  return renderDailyPrompt(services.content, {
    deliveryId: ctx.delivery.id,
    ticket: ticketOf(services, ctx),
    prompt: ctx.prompt,
    lens: ctx.lens,
    locale: turn.locale,
    profile: workProfileOf(turn.person.settings),
    ...(values ? { values } : {}),
    showSnooze: false,
    showSkip: false,
  });
}
