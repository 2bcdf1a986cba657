import type { Role } from '../content/types';
import { roleOfText } from './language-signal';

/** One sentence of a labelled corpus: a realistic note and the role it expresses, or null for none. */
interface LabelledSentence {
  text: string;
  role: string | null;
}

interface SignalMeasure {
  sentences: number;
  /** Sentences the signal named a role for. */
  named: number;
  /** Of those, how many named the labelled role. */
  correct: number;
  /** correct / named: how often a named role is right (1 when it never names one). */
  precision: number;
  /** correct / sentences labelled with a role: how often the signal catches the role that is there. */
  coverage: number;
}

/** How well the word lists of a lens name the role of single sentences. */
export function measureSignal(corpus: readonly LabelledSentence[], roles: readonly Role[]): SignalMeasure {
  let named = 0;
  let correct = 0;
  for (const sentence of corpus) {
    const role = roleOfText(sentence.text, roles);
    if (role === undefined) continue;
    named += 1;
    if (role === sentence.role) correct += 1;
  }
  const labelled = corpus.filter((sentence) => sentence.role !== null).length;
  return { sentences: corpus.length, named, correct, precision: named === 0 ? 1 : correct / named, coverage: labelled === 0 ? 0 : correct / labelled };
}
