import {
  CLAUSE_OPENING,
  DIARY_OPENING_VERB,
  DUTCH_WORDS,
  ENGLISH_LEAD,
  ENGLISH_PAST,
  ENGLISH_WORDS,
  FINITE_VERB,
  NOT_DONE,
  POSSESSIVE_BEFORE,
  PURPOSE_OPENING,
  SUBJECT_PRONOUN,
  THIRD_PERSON_OPENING,
} from './signal-clause-words';

/** The words of a folded part, in order. */
export function wordsOf(part: string): string[] {
  return part.split(/[^a-z0-9'&-]+/).filter((word) => word.length > 0);
}

/**
 * True when a part of a sentence states an act of the writer, done (negation is looked at with the
 * act itself). The writer is its subject when "ik"/"we"/"I" stands before its finite verb or right
 * after it ("Vandaag heb ik…"), or when it is a diary line without a subject ("Cijfers nagerekend").
 * A first person later in the part is in a clause of its own: "Het waterschap had al met de boeren
 * gepraat voordat wij erbij waren" is the water board's act.
 */
export function isWritersAct(part: string, english: boolean): boolean {
  if (NOT_DONE.test(part)) return false;
  const words = wordsOf(part);
  const verbAt = mainVerbAt(words);
  const writerAt = words.findIndex((word) => SUBJECT_PRONOUN.test(word));
  const opensWithOther = THIRD_PERSON_OPENING.test(words[0] ?? '');
  if (writerAt >= 0) {
    // "Mijn collega en ik…": the writer among the first words is a subject too.
    if (verbAt < 0) return !opensWithOther || writerAt <= 3;
    return writerAt < verbAt || writerAt === verbAt + 1;
  }
  return !opensWithOther && verbAt < 0 && !(english && namesSomeoneFirst(words));
}

/** A finite verb, given the word before it: "de huurders zijn uitgenodigd" but "met zijn team". */
function isFinite(word: string, before: string): boolean {
  return FINITE_VERB.test(word) || ((word === 'zijn' || word === 'worden') && !POSSESSIVE_BEFORE.test(before));
}

/** True for an English part that opens with a name, a team or a group before its verb: "HR listened…". */
function namesSomeoneFirst(words: readonly string[]): boolean {
  const [first = ''] = words;
  if (ENGLISH_LEAD.test(first) || ENGLISH_PAST.test(first)) return false;
  return words.slice(1, 4).some((word) => ENGLISH_PAST.test(word));
}

/** True for a part that goes on with the act of the part before it: "…, so that…", "…, mostly listening". */
export function continuesAct(part: string, english: boolean): boolean {
  if (PURPOSE_OPENING.test(part)) return true;
  const act = wordsOf(part).find((word) => !ENGLISH_LEAD.test(word));
  return english && act !== undefined && act.endsWith('ing');
}

/** True when a folded note is written in English (the signal reads the subject of its lines differently). */
export function isEnglish(folded: string): boolean {
  return (folded.match(ENGLISH_WORDS)?.length ?? 0) > (folded.match(DUTCH_WORDS)?.length ?? 0);
}

/** Where the part's own finite verb stands: not one that opens a diary line, not one of a clause inside it. */
function mainVerbAt(words: readonly string[]): number {
  const clauseAt = words.findIndex((word, i) => i > 0 && CLAUSE_OPENING.test(word));
  const verbAt = words.findIndex((word, i) => (i === 0 ? FINITE_VERB.test(word) && !DIARY_OPENING_VERB.test(word) : isFinite(word, words[i - 1] ?? '')));
  return clauseAt >= 0 && verbAt > clauseAt ? -1 : verbAt;
}
