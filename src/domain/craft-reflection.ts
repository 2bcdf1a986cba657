import type { Competency, ContentLibrary, WeeklyQuestion } from '../content/types';
import type { Answer } from './answer';

/**
 * The monthly "vakmanschap" reflection: one question on the craft (seed 003) and the
 * competencies (seed 004) the month's prompts touched. The person's own material for their
 * annual conversation: never shared, never input for an appraisal.
 */
export interface CraftNote {
  /** The month reflected on, yyyy-mm. */
  month: string;
  questionId: string;
  note: string;
  /** Instant of the (last) save, ISO 8601. */
  savedAt: string;
}

/** A craft reflection is offered with the first weekly summary of a month: the one on day 1 … 7. */
export const CRAFT_OFFER_LAST_DAY = 7;

/** How many competencies the card names: enough to recognise the month, few enough to read. */
const CRAFT_COMPETENCIES_SHOWN = 3;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** The month a reflection offered on `localDate` looks back on (the month before), or undefined after the first week. */
export function craftMonthOffered(localDate: string): string | undefined {
  const [year, month, day] = localDate.split('-').map(Number);
  if (!year || !month || !day || day > CRAFT_OFFER_LAST_DAY) return undefined;
  return previousMonth(`${year}-${String(month).padStart(2, '0')}`);
}

/** The month reflected on may be any month up to the one before `localDate`'s (a reflection looks back). */
export function isReflectableMonth(month: string, localDate: string): boolean {
  return isMonth(month) && month < localDate.slice(0, 7);
}

export function previousMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** First and last day of a month (yyyy-mm-dd), for reading its answers. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-31` };
}

/** The month's question: the twelve questions come round once a year, one per calendar month. */
export function craftQuestionFor(library: ContentLibrary, month: string): WeeklyQuestion | undefined {
  const number = Number(month.slice(5, 7));
  const questions = library.weeklyQuestions;
  return questions.length === 0 ? undefined : questions[(number - 1) % questions.length];
}

/** The competencies the month's answered prompts were tagged with, most often first (ties in library order). */
export function competenciesTouched(library: ContentLibrary, answers: readonly Pick<Answer, 'promptId'>[]): Competency[] {
  const promptById = new Map(library.prompts.map((prompt) => [prompt.id, prompt]));
  const counts = new Map<string, number>();
  for (const answer of answers) {
    for (const id of promptById.get(answer.promptId)?.competencyIds ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return library.competencies
    .map((competency, order) => ({ competency, order, count: counts.get(competency.id) ?? 0 }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, CRAFT_COMPETENCIES_SHOWN)
    .map((c) => c.competency);
}
