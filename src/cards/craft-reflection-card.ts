import { DateTime } from 'luxon';
import type { Competency, Locale, WeeklyQuestion } from '../content/types';
import { craftStrings } from './strings/craft-strings';
import { reflectionStrings } from './strings/reflection-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

export interface CraftCardData {
  locale: Locale;
  /** The month looked back on, yyyy-mm. */
  month: string;
  question: WeeklyQuestion;
  competencies: readonly Competency[];
  /** What the person wrote before (shown back in the input, so it is plain text there). */
  note: string;
  savedText?: string;
  errorText?: string;
}

/** "november 2026" / "November 2026". */
export function monthName(month: string, locale: Locale): string {
  return DateTime.fromISO(`${month}-01`).setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toFormat('LLLL yyyy');
}

/** The monthly vakmanschap reflection: a question on the craft, the month's competencies, a private answer. */
export function renderCraftReflection(data: CraftCardData): AdaptiveCard {
  const s = craftStrings[data.locale];
  const L = data.locale;
  const month = monthName(data.month, L);
  return expandTemplate('craft-reflection', {
    errorText: data.errorText ?? '',
    savedText: data.savedText ?? '',
    title: s.title(month),
    // Folded below the answer: the card shows the question and Opslaan at once, on a phone too.
    introToggle: s.introToggle,
    intro: s.intro,
    competencies: data.competencies.length > 0 ? s.competencies(month, data.competencies.map((c) => c.name[L].toLowerCase()).join(', ')) : '',
    question: data.question.text[L],
    noteLabel: s.noteLabel,
    note: data.note,
    noteHint: reflectionStrings[L].noteHint,
    saveLabel: s.save,
    month: data.month,
  });
}
