import type { CheckinDeps } from './checkins-deps';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Turn } from '../turn';
import { findOpenCheckin, ownView } from './own-view';
import { answerSchema, checkinRefSchema, type CheckinRef } from './checkin-payloads';
import { roleItems, topicView } from './checkin-topic';
import { openCheckinCard } from './checkin-views';
import { updateSharedCounter } from './close-checkin';
import { invalidCheckinResponse, invalidCheckinText } from './invalid-response';
import { shownCount } from './shown-count';

/**
 * `checkinAnswer`: stores (or replaces) the member's answer under their key for this check-in and answers
 * with their own view of the card. The shared card's counter follows through the coalescer.
 * The starter does not answer their own check-in: the minimum counts only the others, so a
 * starter and a few colleagues cannot make up the minimum around one person's answer.
 */
export const checkinAnswerAction = defineAction({ verb: VERBS.checkinAnswer, scope: 'conversation', invalid: invalidCheckinText, schema: checkinRefSchema.loose(), handle: answerCheckin });

async function answerCheckin(turn: Turn, data: CheckinRef, services: CheckinDeps): Promise<ActionReply> {
  const found = await findOpenCheckin(turn, data.checkinId, services);
  if (!found.open) return found.reply;
  const { checkin, actor } = found;
  // Every card of a check-in speaks the language its starter chose, whoever clicks.
  const s = checkinStrings[checkin.locale];
  const responses = services.checkins.responses;
  if (services.now().getTime() >= Date.parse(checkin.dueAt)) return ownView(services, found, checkin.locale, { notice: s.card.deadlinePassed });
  if (actor.isOwner(checkin)) {
    services.logger.info({ event: 'checkin.answer.starter_refused' }, 'the starter does not answer their own check-in');
    return ownView(services, found, checkin.locale);
  }
  const choices = topicView(services.content, checkin, checkin.locale)?.choices.map((c) => c.value) ?? [];
  const roles = roleItems(services.content, checkin.lens, checkin.locale).map((r) => r.value);
  const answer = answerSchema(choices, roles, checkin.notesAllowed).safeParse(data);
  if (!answer.success) return invalidCheckinResponse(checkin.locale);

  const response = { choice: answer.data.choice, roleId: answer.data.role, ...(answer.data.note ? { note: answer.data.note } : {}) };
  await responses.save(checkin.id, actor.responseKey(checkin.id), response);
  services.checkins.counters.touch(checkin.id, () => updateSharedCounter(services, checkin.conversationKey, checkin.id));
  services.logger.info({ event: 'checkin.answered', withNote: response.note !== undefined }, 'check-in answered');
  return openCheckinCard(services, checkin, checkin.locale, await shownCount(services, checkin), { answer: response });
}
