import { renderMessage } from '../../cards/message-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Services } from '../services';
import type { Turn } from '../turn';
import { checkinActor } from './checkin-context';
import { answerSchema, checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { roleItems, topicView } from './checkin-topic';
import { openCheckinCard, resultsCard } from './checkin-views';
import { resultOf, updateSharedCounter } from './close-checkin';
import { invalidCheckinResponse, invalidCheckinText } from './invalid-response';

/**
 * `checkinAnswer`: stores (or replaces) the member's answer under their key for this check-in and answers
 * with their own view of the card. The shared card's counter follows through the coalescer.
 */
export const checkinAnswerAction = defineAction({ verb: VERBS.checkinAnswer, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema.loose(), handle: answerCheckin });

async function answerCheckin(turn: Turn, data: CheckinRef, services: Services): Promise<ActionReply> {
  const actor = checkinActor(turn, services);
  const checkin = await services.checkins.store.get(actor.conversationKey, data.checkinId);
  if (!checkin) return renderMessage(checkinStrings[turn.locale].gone, checkinStrings[turn.locale].heading);
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  const s = checkinStrings[checkin.locale];
  if (checkin.status === 'closed') return resultsCard(services, checkin, checkin.locale, resultOf(checkin));

  const responses = services.checkins.responses;
  const now = services.now();
  if (now.getTime() >= Date.parse(checkin.dueAt)) {
    const count = await responses.count(checkin.id);
    const own = await responses.get(checkin.id, actor.responseKey(checkin.id));
    return openCheckinCard(services, checkin, checkin.locale, count, { ...(own ? { answer: own } : {}), notice: s.card.deadlinePassed });
  }
  const choices = topicView(services.content, checkin, checkin.locale)?.choices.map((c) => c.value) ?? [];
  const roles = roleItems(services.content, checkin.lens, checkin.locale).map((r) => r.value);
  const answer = answerSchema(choices, roles, checkin.notesAllowed).safeParse(data);
  if (!answer.success) return invalidCheckinResponse(checkin.locale);

  const response = { choice: answer.data.choice, roleId: answer.data.role, ...(answer.data.note ? { note: answer.data.note } : {}) };
  await responses.save(checkin.id, actor.responseKey(checkin.id), response);
  services.checkins.counters.touch(checkin.id, () => updateSharedCounter(services, checkin.conversationKey, checkin.id));
  services.logger.info({ event: 'checkin.answered', withNote: response.note !== undefined }, 'check-in answered');
  const count = await responses.count(checkin.id);
  return openCheckinCard(services, checkin, checkin.locale, count, { answer: response });
}
