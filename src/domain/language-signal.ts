import type { Role } from '../content/types';

/** Fewer notes say too little about someone's language to mention it. */
export const MIN_NOTES_FOR_SIGNAL = 3;
const MAX_WORDS_SHOWN = 8;

/**
 * Lenses whose word lists were measured on the labelled corpus (tests/unit/fixtures/
 * language-signal-corpus.json) at a precision of at least 0.9. For other lenses the summary says
 * nothing about language: a signal that is wrong one time in five costs more trust than it gives.
 */
export const MEASURED_SIGNAL_LENSES: ReadonlySet<string> = new Set(['ideaaltypen', 'rollen']);

/** Which role the words of a person's notes leaned toward, and the words that counted. */
export interface LanguageSignal {
  roleId: string;
  /** Distinct note words (lower case, as written) that matched this role, most frequent first. */
  words: string[];
  /** True when the role of the words is not one the person chose most; the card asks, never tells. */
  differsFromChoice: boolean;
}

/** Lower case, without accents, so "Efficient" matches "efficiënt". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of a note: letters and digits, with hyphens and apostrophes kept inside a word ("co-creatie", "risico's"). */
export function tokenise(note: string): string[] {
  return note
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((token) => token.replace(/^['-]+|['-]+$/g, ''))
    .filter((token) => token.length > 0);
}

/**
 * Endings a Dutch or English word takes without becoming another word: plural, adjective,
 * verb and comparative forms. Deliberately no "-matig" or compounds: "regelmatig" is not about
 * rules, "doelgroep" not about goals, "samenvatting" not about working together.
 */
// No "-ing" either: a nominalisation often means something else ("regeling" is any scheme, not a rule).
const ENDINGS = ['', 'e', 'en', 's', "'s", 'n', 'r', 'er', 'ere', 'st', 'ste', 't', 'te', 'ten', 'd', 'de', 'den', 'es', 'ed', 'ly'];
const VOWEL_ENDINGS = ENDINGS.filter((ending) => /^[aeiou]/.test(ending));

/**
 * Inflected forms that mean something else than the list word: "regelen" (to arrange) is not
 * "regel" (a rule), "kansen" stays but "kansloos" never matches anyway. Checked before matching.
 */
const FALSE_FRIENDS = new Set(['regelen', 'regelde', 'regelden', 'regelt', 'geregeld', 'needed', 'needs', 'files', 'filed', 'ruled', 'ruling', 'meetings', 'samenwerkingsverband']);

/**
 * Stems a word takes before a vowel ending under Dutch spelling: a doubled final consonant
 * ("gesprek" → "gesprekken"), a single long vowel ("resultaat" → "resultaten"), f → v and s → z
 * ("initiatief" → "initiatieven").
 */
function stemsBeforeVowel(word: string): string[] {
  const stems = [word];
  const last = word.slice(-1);
  if (/[bdfgklmnprst]/.test(last) && /[aeiou]/.test(word.slice(-2, -1)) && !/[aeiou]/.test(word.slice(-3, -2))) stems.push(word + last);
  const longVowel = /([aeiou])\1([^aeiou])$/.exec(word);
  if (longVowel) stems.push(word.slice(0, -3) + longVowel[1] + longVowel[2]);
  for (const stem of [...stems]) {
    if (stem.endsWith('f')) stems.push(`${stem.slice(0, -1)}v`);
    if (stem.endsWith('s')) stems.push(`${stem.slice(0, -1)}z`);
  }
  return stems;
}

/** True when the token is the list word itself or one of its inflected forms, including a past participle ("geluisterd"). */
export function matchesWord(token: string, word: string): boolean {
  if (FALSE_FRIENDS.has(token)) return false;
  if (ENDINGS.some((ending) => token === word + ending)) return true;
  if (stemsBeforeVowel(word).some((stem) => VOWEL_ENDINGS.some((ending) => token === stem + ending))) return true;
  return token.startsWith('ge') && ['t', 'd'].some((ending) => token === `ge${word}${ending}`);
}

/** The words of a text that match a role's list, as written. */
function hitsFor(tokens: readonly { written: string; folded: string }[], role: Role): string[] {
  const words = [...role.words.nl, ...role.words.en].map(fold);
  return tokens.filter((token) => words.some((word) => matchesWord(token.folded, word))).map((token) => token.written);
}

/** The role whose words occur most in the texts, or undefined when nothing matched or two roles tie. */
function leadingRole(texts: readonly string[], roles: readonly Role[]): { roleId: string; hits: string[] } | undefined {
  const tokens = texts.flatMap(tokenise).map((written) => ({ written, folded: fold(written) }));
  const perRole = roles.map((role) => ({ roleId: role.id, hits: hitsFor(tokens, role) }));
  const most = Math.max(0, ...perRole.map((r) => r.hits.length));
  const leaders = perRole.filter((r) => r.hits.length === most);
  return most === 0 || leaders.length !== 1 ? undefined : leaders[0];
}

/** The role one sentence speaks from, or undefined (used to measure the lists on the labelled corpus). */
export function roleOfText(text: string, roles: readonly Role[]): string | undefined {
  return leadingRole([text], roles)?.roleId;
}

/**
 * Matches the words of the notes against each role's word list in both languages (people mix
 * Dutch and English), whole words with their inflections only. No signal below three notes, when
 * nothing matched, or when two roles match equally often: then the words do not lean anywhere.
 */
export function languageSignal(notes: readonly string[], roles: readonly Role[], chosenRoleIds: readonly string[]): LanguageSignal | undefined {
  if (notes.length < MIN_NOTES_FOR_SIGNAL) return undefined;
  const leader = leadingRole(notes, roles);
  if (leader === undefined) return undefined;
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
