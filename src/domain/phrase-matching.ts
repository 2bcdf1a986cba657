/**
 * How a message is matched against the phrases Positie knows. A message is matched on the whole
 * (normalised) text, never by `includes`: "help me met dit overleg" is not the help command.
 * Typos are forgiven word by word (one letter in words of 5+ letters, two in words of 9+); what
 * stays unknown gets the closest commands as suggestions. The phrases themselves come from the
 * features (`defineCommand` in src/features/definitions.ts); this module only matches.
 */

/** A command as text means it: its kind and, for some, what it carries (a date, a code, a week). */
export interface Command {
  readonly kind: string;
}

/** Besides commands, what people say to Positie: hello, thanks, "stop". */
export type Talk = 'greeting' | 'thanks' | 'stop';

type Meaning<C extends Command = Command> = { command: C } | { talk: Talk };

/** One meaning and the phrases that say it. */
export interface PhraseEntry<C extends Command = Command> {
  meaning: Meaning<C>;
  phrases: readonly string[];
}

/** Reads a command that carries something (a pause date, a coach code) from the normalised text. */
export type ArgumentParser<C extends Command = Command> = (text: string) => C | undefined;

/** The normalised text, without punctuation around words ("Hoi!", "dank je!", "wat kan je?"). */
function wordsOf(text: string): string {
  const t = normaliseText(text);
  if (t === '?') return t;
  return t
    .replace(/[’']/g, '')
    .replace(/[!?.,;:()"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes Teams' `<at>…</at>` mentions, HTML and extra whitespace, and lower-cases. */
export function normaliseText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** How many letters a typed word may differ from a known word of this length. */
export function typosAllowed(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** Edit distance with transpositions (optimal string alignment): "relfecteer" is one step from "reflecteer". */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i, ...Array.from({ length: b.length }, (_, j) => (i === 0 ? j + 1 : 0))]);
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The typos between `typed` and `phrase`, word by word; undefined when a word is too far off. */
function typoDistance(typed: readonly string[], phrase: readonly string[]): number | undefined {
  if (typed.length !== phrase.length) return undefined;
  let total = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const known = phrase[i] as string;
    const word = typed[i] as string;
    if (word === known) continue;
    const distance = editDistance(word, known);
    if (distance > typosAllowed(known)) return undefined;
    total += distance;
  }
  return total;
}

/** Longer messages are no command with typos (no phrase is this long); suggestions read only their start. */
const FUZZY_MAX_CHARS = 60;
const SUGGEST_WORDS = 8;

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if ('talk' in a || 'talk' in b) return 'talk' in a && 'talk' in b && a.talk === b.talk;
  return JSON.stringify(a.command) === JSON.stringify(b.command);
}

/** How far a phrase is from what was typed: each of its words against the nearest typed word, 0 (there) to 1 (nowhere). */
function farness(typed: readonly string[], phrase: readonly string[]): number {
  const perWord = phrase.map((word) => Math.min(1, ...typed.map((w) => editDistance(w, word) / Math.max(word.length, w.length))));
  return perWord.reduce((sum, d) => sum + d, 0) / phrase.length;
}

/**
 * Every phrase Positie understands, with what it means, and the parsers of commands that carry
 * something. Built once from the registered commands and talk.
 */
export class Vocabulary<C extends Command = Command> {
  private readonly exact: Map<string, Meaning<C>>;

  constructor(
    private readonly entries: readonly PhraseEntry<C>[],
    private readonly parsers: readonly ArgumentParser<C>[],
  ) {
    this.exact = new Map(entries.flatMap(({ meaning, phrases }) => phrases.map((p) => [p, meaning] as const)));
  }

  /** The meaning of a whole message: exact, a command with an argument, or one with typos (if only one fits best). */
  meaningOf(text: string): Meaning<C> | undefined {
    const words = wordsOf(text);
    const exact = this.exact.get(words);
    if (exact) return exact;
    const argument = this.withArgument(normaliseText(text)) ?? this.withArgument(words);
    if (argument) return { command: argument };
    // Typos are looked for in short messages only: edit distances over a long text cost seconds.
    if (words.length > FUZZY_MAX_CHARS) return undefined;
    const typed = words.split(' ');
    let best: { meaning: Meaning<C>; distance: number; tied: boolean } | undefined;
    for (const [phrase, meaning] of this.exact) {
      const distance = typoDistance(typed, phrase.split(' '));
      if (distance === undefined) continue;
      if (!best || distance < best.distance) best = { meaning, distance, tied: false };
      else if (distance === best.distance && !sameMeaning(meaning, best.meaning)) best.tied = true;
    }
    return best && !best.tied ? best.meaning : undefined;
  }

  private withArgument(text: string): C | undefined {
    for (const parse of this.parsers) {
      const command = parse(text);
      if (command) return command;
    }
    return undefined;
  }

  /** The `count` kinds of `candidates` whose phrases are closest to `text` (word by word; ties keep list order). */
  closest<K extends string>(text: string, candidates: readonly K[], count: number): K[] {
    const typedWords = wordsOf(text)
      .slice(0, FUZZY_MAX_CHARS)
      .split(' ')
      .slice(0, SUGGEST_WORDS);
    const scored = candidates.map((kind, order) => {
      const phrases = this.entries.filter(({ meaning }) => 'command' in meaning && meaning.command.kind === kind).flatMap(({ phrases: p }) => p);
      const distance = Math.min(...phrases.map((p) => farness(typedWords, p.split(' '))));
      return { kind, distance, order };
    });
    return scored
      .sort((a, b) => a.distance - b.distance || a.order - b.order)
      .slice(0, count)
      .map((s) => s.kind);
  }

  /** Every phrase with what it means (for the tests and for help texts). */
  phrases(): ReadonlyArray<readonly [string, Meaning<C>]> {
    return [...this.exact.entries()];
  }
}

/** Accepts 2026-12-31 and the Dutch 31-12-2026. */
export function toIsoDate(value: string): string {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  if (dutch?.[1] && dutch[2] && dutch[3]) {
    return `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
  }
  return value;
}
