import type { ReflectionDeps } from './reflection-deps';
import { renderDailyAnswered } from '../../cards/daily-answered-card';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { reflectionStrings } from '../../cards/strings/reflection-strings';
import { rolesOf } from '../../content/library-lookup';
import { NO_ROLE, NOT_PLAYED, type Answer } from '../../domain/answer';
import { promptTextFor } from '../../domain/content-fit';
import type { Delivery } from '../../domain/delivery';
import { workProfileOf } from '../../domain/person-settings';
import { isExtraDelivery } from '../../domain/reflection-day';
import { errorSummary } from '../../log';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import { answerPayloadSchema, CONTROL_CHARS, NOTE_MAX, type AnswerPayload } from './answer-payload';
import { loadAnswerContext, type DeliveryContext } from './delivery-context';
import type { DeliveryFacts } from './delivery-ticket';
import { ticketOf } from './ticket-of';
import { completeDay } from './reflection-day';
import type { PersonalTurn } from '../turn';

type AnswerContext = DeliveryContext<DeliveryFacts | Delivery>;

/**
 * `answer`: stores the day's answer (or replaces it, whichever question of the day it answers)
 * or an extra question's, completes the day and shows the answered card. A first answer today
 * to a card with its ticket is one write and no read; one to an earlier day reads whether that
 * day has one (it may no longer change).
 */
export const answerAction = defineAction({ verb: VERBS.answer, scope: 'personal', schema: answerPayloadSchema, handle: saveAnswer });

async function saveAnswer(turn: PersonalTurn, payload: AnswerPayload, services: ReflectionDeps): Promise<ActionReply> {
  const person = turn.person;
  let ctx: AnswerContext | undefined;
  /** The answer an earlier day already has: it may no longer change. Today's needs no read. */
  let earlier: Answer | undefined;
  try {
    ctx = await loadAnswerContext(services, person, payload.deliveryId, payload.ticket);
    if (ctx && !ctx.sameDay) earlier = isExtraDelivery(ctx.delivery.id) ? await services.answers.get(person.key, ctx.delivery.id) : await services.answers.dayAnswer(person.key, ctx.delivery.localDate);
  } catch (error) {
    services.logger.error({ event: 'answer.load_failed', err: errorSummary(error) }, 'answer not loaded');
    return renderError(turn.locale, 'storage');
  }
  if (!ctx) return renderError(turn.locale, 'invalid');
  const s = reflectionStrings[turn.locale];
  if (earlier) return renderMessage(s.editClosed);
  if (!ctx.open) return renderMessage(s.expired);

  const problem = validate(payload, ctx, services);
  if (problem) return retry(services, ctx, turn.locale, payload, problem);
  const note = payload.note.trim();
  // A day the question did not come up was acted from no role, whatever the card still held.
  const notPlayed = payload.position === String(NOT_PLAYED);
  const answer: Answer = {
    deliveryId: ctx.delivery.id,
    promptId: ctx.prompt.id,
    paradoxId: ctx.prompt.paradoxId,
    position: Number(payload.position) as Answer['position'],
    lens: ctx.lens,
    roleId: notPlayed ? NO_ROLE : payload.role,
    answeredAt: services.now().toISOString(),
    localDate: ctx.delivery.localDate,
    ...(payload.tactic ? { tacticId: payload.tactic } : {}),
    ...(note ? { note } : {}),
  };
  // An answer today completes the day: for the scheduled prompt, extra questions and a question
  // that holds the day's slot (its ticket says so) that costs nothing; for another question asked
  // in the chat one conditional insert (a no-op when already marked), written alongside the answer
  // rather than after it. A failed mark only means today's scheduled prompt may still come; a mark
  // without the answer (its write failed) leaves the question, with what they typed, on their
  // screen to send again.
  const marked = ctx.sameDay
    ? completeDay(services, person, answer.localDate, ctx.delivery, 'answer').catch((error: unknown) => services.logger.warn({ event: 'day.complete_failed', err: errorSummary(error) }, 'day not marked complete'))
    : undefined;
  try {
    // One answer a day: a second answer that day (another question of it) takes the first one's place.
    await services.answers.save(person.key, answer);
  } catch (error) {
    await marked;
    services.logger.error({ event: 'answer.save_failed', err: errorSummary(error) }, 'answer not saved');
    return retry(services, ctx, turn.locale, payload, stringsFor(turn.locale).error.storage);
  }
  await marked;
  services.telemetry.answerStored();
  services.logger.info({ event: 'answer.saved', sameDay: ctx.sameDay }, 'answer saved');
  return renderDailyAnswered(services.content, answer, promptTextFor(ctx.prompt, workProfileOf(person.settings).layer, turn.locale), turn.locale, ctx.sameDay);
}

function validate(p: AnswerPayload, ctx: AnswerContext, services: ReflectionDeps): string | undefined {
  const s = reflectionStrings[ctx.person.settings.locale];
  const roles = rolesOf(services.content, ctx.lens).map((r) => r.id);
  const notPlayed = p.position === String(NOT_PLAYED);
  // "Speelde vandaag niet" is only on the card of a conditional prompt.
  if (notPlayed && !ctx.prompt.conditional) return s.invalidChoice;
  if (!notPlayed && !['1', '2', '3', '4', '5'].includes(p.position)) return s.positionError;
  // "Speelde vandaag niet" needs no role: two taps (the choice and Opslaan) save it.
  if (!notPlayed && !roles.includes(p.role)) return p.role === '' ? s.roleError : s.invalidChoice;
  if (p.tactic !== '' && !services.content.tactics.some((t) => t.id === p.tactic)) return s.invalidChoice;
  if (p.note.length > NOTE_MAX) return s.noteTooLong;
  if (CONTROL_CHARS.test(p.note)) return s.controlChars;
  return undefined;
}

/** The prompt card again, with what they typed and why it was not saved. */
function retry(services: ReflectionDeps, ctx: AnswerContext, locale: 'nl' | 'en', p: AnswerPayload, errorText: string) {
  // The note comes back whole, also when it is too long: refused, never cut.
  const values = { position: p.position, role: p.role, tactic: p.tactic, note: p.note };
  return renderDailyPrompt(services.content, { deliveryId: ctx.delivery.id, ticket: ticketOf(services, ctx), prompt: ctx.prompt, lens: ctx.lens, locale, profile: workProfileOf(ctx.person.settings), values, errorText, showSnooze: false, showSkip: false });
}
