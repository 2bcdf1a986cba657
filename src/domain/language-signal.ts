import type { Role } from '../content/types';

/** Fewer notes say too little about someone's language to mention it. */
export const MIN_NOTES_FOR_SIGNAL = 3;
/** Shorter list words match whole tokens only: "wet" must not count "wetenschap". */
export const MIN_STEM_LENGTH = 4;
const MAX_WORDS_SHOWN = 8;

/** Which role the words of a person's notes leaned toward, and the words that counted. */
export interface LanguageSignal {
  roleId: string;
  /** Distinct note words (lower case, as written) that matched this role, most frequent first. */
  words: string[];
  /** True when the role of the words is not one the person chose most; the card asks, never tells. */
  differsFromChoice: boolean;
}

/** Lower case, without accents, so "Efficient" matches the stem "efficiënt". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of a note: letters and digits, with hyphens kept inside a word ("co-creatie"). */
export function tokenise(note: string): string[] {
  return note
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((token) => token.replace(/^-+|-+$/g, ''))
    .filter((token) => token.length > 0);
}

/**
 * A list word is a stem: a token counts when it starts with it, also behind the Dutch past
 * participle's "ge" ("geluisterd" for "luister"); short words must match exactly.
 */
function matches(token: string, word: string): boolean {
  if (word.length < MIN_STEM_LENGTH) return token === word;
  return token.startsWith(word) || (token.startsWith('ge') && token.startsWith(word, 2));
}

/**
 * Matches the words of the notes against each role's word list in both languages (people mix
 * Dutch and English). No signal below three notes, when nothing matched, or when two roles match
 * equally often: then the words do not lean anywhere.
 */
export function languageSignal(notes: readonly string[], roles: readonly Role[], chosenRoleIds: readonly string[]): LanguageSignal | undefined {
  if (notes.length < MIN_NOTES_FOR_SIGNAL) return undefined;
  const tokens = notes.flatMap(tokenise).map((written) => ({ written, folded: fold(written) }));
  const perRole = roles.map((role) => {
    const stems = [...role.words.nl, ...role.words.en].map(fold);
    const hits = tokens.filter((token) => stems.some((stem) => matches(token.folded, stem))).map((token) => token.written);
    return { roleId: role.id, hits };
  });
  const most = Math.max(0, ...perRole.map((r) => r.hits.length));
  const leaders = perRole.filter((r) => r.hits.length === most);
  const leader = leaders[0];
  if (most === 0 || leaders.length !== 1 || leader === undefined) return undefined;
  return {
    roleId: leader.roleId,
    words: mostFrequent(leader.hits, MAX_WORDS_SHOWN),
    differsFromChoice: !chosenRoleIds.includes(leader.roleId),
  };
}

/** Distinct values by frequency, first seen first among equals. */
function mostFrequent(values: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([value]) => value);
}
