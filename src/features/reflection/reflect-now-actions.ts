import type { ReflectionDeps } from './reflection-deps';
import { dayStrings } from '../../cards/strings/day-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, messageReply } from '../definitions';
import { newQuestion, reflectNow, todaysReflection } from './reflect-now';
import { buttonSource } from '../button-source';

/**
 * `reflectNow` (the welcome card's "first question", the empty summary's "reflect now"): what
 * `reflecteer` brings, sent as new messages, so the card with the button stays as it was.
 */
export const reflectNowAction = defineAction({
  verb: VERBS.reflectNow,
  scope: 'personal',
  schema: buttonSource(['welcome', 'summary']),
  handle: async (turn, _input, services: ReflectionDeps) => {
    const today = await reflectNow(turn, services);
    const s = dayStrings[turn.locale];
    return messageReply(today.answered ? s.answerBelow : s.questionBelow);
  },
});

/**
 * `reflectExtra` (offered under today's answer): one more question, in place of the offer.
 * Clicked on a day without an answer (an offer from yesterday), it brings today's question.
 */
export const reflectExtraAction = defineAction({
  verb: VERBS.reflectExtra,
  scope: 'personal',
  schema: buttonSource(['today']),
  handle: async (turn, _input, services: ReflectionDeps) => {
    const today = await todaysReflection(turn, services);
    if (today.answered) return newQuestion(turn, services, 'extra');
    const [question] = today.cards;
    return question ?? newQuestion(turn, services, 'reflect');
  },
});
