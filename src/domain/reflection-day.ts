import type { Answer } from './answer';

/**
 * The rules of a reflection day. One question a day is the day's question (the scheduled
 * prompt, or one asked for with `reflecteer`); an answer to it, or "not today", completes that
 * local day. Once the day is answered, `reflecteer` offers an extra question: its delivery id
 * says so (`<date>_extra_<hex>`), its answer is kept besides the day's answer and counts as extra.
 */
const EXTRA = /^\d{4}-\d{2}-\d{2}_extra_[0-9a-f]{8}$/;

export function isExtraDelivery(deliveryId: string): boolean {
  return EXTRA.test(deliveryId);
}

/** The day's answer among a day's answers: the one that is not an extra question's. */
export function dayAnswerOf(answers: readonly Answer[]): Answer | undefined {
  return answers.find((a) => !isExtraDelivery(a.deliveryId));
}

interface WeekCounts {
  answers: number;
  questions: number;
}

/**
 * "N answers to M questions", true by construction: a question is a day that had a question
 * (a scheduled prompt reached the person, or they answered one they asked for) plus each extra
 * question answered; an answer is a day with an answer plus each extra answer. So answers never
 * exceed questions, and a `reflecteer` typed but left unanswered is not counted as asked.
 *
 * @param weekAnswers the answers submitted in the week (the ones the summary shows)
 * @param promptDates local dates of the week's scheduled prompts that were delivered
 */
export function weekCounts(weekAnswers: readonly Answer[], promptDates: readonly string[]): WeekCounts {
  const extras = weekAnswers.filter((a) => isExtraDelivery(a.deliveryId)).length;
  const answeredDays = new Set(weekAnswers.filter((a) => !isExtraDelivery(a.deliveryId)).map((a) => a.localDate));
  const questionDays = new Set([...promptDates, ...answeredDays]);
  return { answers: answeredDays.size + extras, questions: questionDays.size + extras };
}
