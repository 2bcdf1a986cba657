/**
 * How a note is read before any role is named: in sentences and in the parts of a sentence, each
 * part either something the writer did, or not (negated, someone else's doing, what someone said,
 * a plan or a wish). A question, and a note that is ironic, about a plan that stalled or about
 * nothing of the work, say nothing about what the writer did.
 */
import {
  IRONIC_MARKS,
  IRONIC_OPENING,
  IRONIC_SENTENCE,
  PART_BREAK,
  SCARE_QUOTES,
  SMALL_TALK,
  STALLED,
} from './signal-clause-words';
import { beforeReported } from './signal-reported-speech';
import { continuesAct, isEnglish, isWritersAct } from './signal-subject';

export { NEGATION } from './signal-clause-words';

/** A part of a sentence that states the writer's own act, not a plan. */
export interface OwnPart {
  /** Folded (lower case, no accents). */
  text: string;
  /** Where it starts in the folded note, which is where it starts in the note (fold keeps offsets). */
  start: number;
}

/** One sentence: its text and the parts the writer did. */
interface NoteSentence {
  /** The folded sentence. */
  text: string;
  ownParts: OwnPart[];
}

/** Lower case without accents, one character for one ("Efficiënt" → "efficient"), so offsets stay. */
export function fold(text: string): string {
  return [...text.normalize('NFC').toLowerCase()].map((c) => c.normalize('NFD').replace(/\p{M}/gu, '') || c).join('').replace(/[’‘]/g, "'");
}

/** True when the whole note is ironic: its words say the opposite of what happened. */
export function isIronic(note: string): boolean {
  const folded = fold(note);
  if (SCARE_QUOTES.test(folded) || IRONIC_MARKS.test(folded)) return true;
  return sentencesOf(folded).some(({ body }) => IRONIC_SENTENCE.test(body.trim()) || IRONIC_OPENING.test(body.trim()));
}

/** True when the note's acts did not happen or were about nothing of the work: a stalled plan, small talk. */
function isIdle(note: string): boolean {
  const folded = fold(note);
  return STALLED.test(folded) || SMALL_TALK.test(folded);
}

/** The sentences of a folded note, each with where it starts and whether it asks. */
function sentencesOf(folded: string): { body: string; start: number; asks: boolean }[] {
  return [...folded.matchAll(/[^.!?\n]+([.!?]+|\n|$)/g)]
    .map((m) => ({ body: m[0].replace(/[.!?\n]+$/, ''), start: m.index, asks: m[0].includes('?') }))
    .filter((s) => s.body.trim().length > 0);
}

/** The parts of a sentence between its breaks, with where each starts in the note. */
function partsOf(body: string, start: number): OwnPart[] {
  const parts: OwnPart[] = [];
  let from = 0;
  for (const gap of body.matchAll(new RegExp(PART_BREAK.source, 'g'))) {
    parts.push({ text: body.slice(from, gap.index), start: start + from });
    from = gap.index + gap[0].length;
  }
  parts.push({ text: body.slice(from), start: start + from });
  return parts.filter((part) => part.text.trim().length > 0);
}

/** The note as sentences with the parts the writer did; none for an ironic or idle note, or a question. */
export function readNote(note: string): NoteSentence[] {
  if (isIronic(note) || isIdle(note)) return [];
  const folded = fold(note);
  const english = isEnglish(folded);
  return sentencesOf(folded)
    .filter((s) => !s.asks)
    .map(({ body, start }) => ({ text: body, ownParts: writersParts(beforeReported(partsOf(body, start)), english) }));
}

/** The parts that state the writer's acts; one that goes on with the act before it goes with that act. */
function writersParts(parts: readonly OwnPart[], english: boolean): OwnPart[] {
  const own: boolean[] = [];
  parts.forEach((part, i) => {
    const text = part.text.trim();
    own.push(i > 0 && continuesAct(text, english) ? own[i - 1] === true : isWritersAct(text, english));
  });
  return parts.filter((_, i) => own[i]);
}
