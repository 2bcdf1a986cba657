import { REPORTED_SOURCE, REPORTING_VERB, SUBJECT_PRONOUN, THIRD_PERSON_OPENING } from './signal-clause-words';
import { wordsOf } from './signal-subject';

/** At most this many words: "zegt mijn collega", "says my manager". */
const REPORT_TAG_WORDS = 4;
const ARTICLE = /^(de|het|een)$/;

/**
 * True when a part passes on someone else's words: a source ("volgens de wethouder") or a verb of
 * saying whose subject is not the writer ("De gedeputeerde zegt…", "…, zegt mijn collega"; not
 * "Zei tegen de wethouder…", "Said no to…", "I said so").
 */
function reports(part: string): boolean {
  if (REPORTED_SOURCE.test(part)) return true;
  const words = wordsOf(part);
  return words.some((word, i) => {
    if (!REPORTING_VERB.test(word)) return false;
    // First in its part the verb opens a diary line, unless someone follows it: "zei de wethouder".
    if (i === 0) return THIRD_PERSON_OPENING.test(words[1] ?? '') || ARTICLE.test(words[1] ?? '');
    return !SUBJECT_PRONOUN.test(words[i - 1] ?? '');
  });
}

/**
 * The parts of a sentence before the first that reports someone's words: from there on, the
 * sentence is what was said. A short one with no "dat" after it is a tag that makes all of it
 * hearsay: "Met de bewoners gesproken, zegt mijn collega" (but "Wethouder gewaarschuwd; ze zei
 * dat…" warned the alderman).
 */
export function beforeReported<Part extends { text: string }>(parts: readonly Part[]): Part[] {
  const reportedAt = parts.findIndex((part) => reports(part.text));
  if (reportedAt < 0) return [...parts];
  const short = wordsOf(parts[reportedAt]?.text ?? '').length <= REPORT_TAG_WORDS;
  const saysWhat = /^\s*(dat|that)\b/.test(parts[reportedAt + 1]?.text ?? '');
  return short && !saysWhat ? [] : parts.slice(0, reportedAt);
}
