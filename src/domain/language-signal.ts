import type { Role } from '../content/types';
import { fold, NEGATION, readNote, type OwnPart } from './note-clauses';
import { ABOUT, TIE } from './signal-clause-words';
import { ROLE_CUES, type Cue } from './signal-cues';
import { wordsOf } from './signal-subject';

/**
 * A weekly signal needs notes of at least this many days that each, on their own, show the same
 * role: one note is an anecdote, and a week of notes that show no role gets no signal at all.
 */
const MIN_EVIDENCE_NOTES = 2;
const MAX_WORDS_SHOWN = 8;

/**
 * Lenses whose cues were measured on notes written apart from them (tests/unit/language-signal
 * .test.ts: a development set and a held-out set, each by an independent annotator) at a precision
 * of at least 0.9. For other lenses the summary says nothing about language: a signal that is
 * wrong one time in five costs more trust than it gives.
 */
export const MEASURED_SIGNAL_LENSES: ReadonlySet<string> = new Set(['ideaaltypen', 'rollen']);

/** Which role the writer's notes showed, and the words that showed it. */
export interface LanguageSignal {
  roleId: string;
  /** The acts that counted, as written in the notes, most frequent first. */
  words: string[];
  /** True when the role of the notes is not one the person chose most; the card asks, never tells. */
  differsFromChoice: boolean;
}

/** The role one note shows and the acts that show it, or undefined when it shows none, or more than one. */
function readRole(note: string, roles: readonly Role[]): { roleId: string; words: string[] } | undefined {
  const sentences = readNote(note);
  const written = asWritten(note);
  const found = roles.flatMap((role) => {
    const words = sentences.flatMap((sentence) => (ROLE_CUES[role.id] ?? []).flatMap((cue) => matchesOf(cue, sentence.ownParts).map(written)));
    return words.length > 0 ? [{ roleId: role.id, words }] : [];
  });
  // Two roles in one note: the words do not lean, so the note says nothing.
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The acts a cue finds in the writer's own parts of a sentence: not negated before the act, with
 * whom or what it concerns in the same part ("Told my team that the minister…" advised no minister),
 * and nothing there that shows it was about something else.
 */
function matchesOf(cue: Cue, ownParts: readonly OwnPart[]): OwnPart[] {
  return ownParts.flatMap((part) => {
    const match = cue.act.exec(part.text);
    if (!match || NEGATION.test(part.text.slice(0, match.index))) return [];
    if ((cue.with && !concerns(part.text, cue.with)) || cue.not?.test(part.text)) return [];
    return [{ text: match[0], start: part.start + match.index }];
  });
}

/**
 * True when a part names whom the act concerns, not whom it was about or by: "met de wethouder
 * gesproken over de bewoners" did not speak with residents, "gebriefd door de wethouder" briefed no one.
 */
function concerns(part: string, whom: RegExp): boolean {
  return [...part.matchAll(new RegExp(whom.source, 'g'))].some((found) => {
    const before = wordsOf(part.slice(0, found.index));
    const tie = [...before].reverse().find((word) => ABOUT.test(word) || TIE.test(word));
    return tie === undefined || !ABOUT.test(tie);
  });
}

/** A match as the note wrote it (with its accents, lower case), where folding kept the offsets. */
function asWritten(note: string): (match: OwnPart) => string {
  const lower = note.normalize('NFC').toLowerCase();
  const aligned = fold(note).length === lower.length;
  return (match) => (aligned ? lower.slice(match.start, match.start + match.text.length) : match.text).trim();
}

/** The role one note shows, or undefined (also what the labelled sets measure). */
export function roleOfText(text: string, roles: readonly Role[]): string | undefined {
  return readRole(text, roles)?.roleId;
}

/**
 * The role the week's notes show: each note is read on its own (what the writer did, not the
 * words they used), and a role needs MIN_EVIDENCE_NOTES notes that show it and more than any
 * other role. Silent otherwise: better no signal than a guess.
 */
export function languageSignal(notes: readonly string[], roles: readonly Role[], chosenRoleIds: readonly string[]): LanguageSignal | undefined {
  const read = notes.flatMap((note) => readRole(note, roles) ?? []);
  const perRole = roles.map((role) => ({ roleId: role.id, notes: read.filter((r) => r.roleId === role.id) }));
  const most = Math.max(0, ...perRole.map((r) => r.notes.length));
  const leaders = perRole.filter((r) => r.notes.length === most);
  const [leader] = leaders;
  if (!leader || leaders.length !== 1 || most < MIN_EVIDENCE_NOTES) return undefined;
  return {
    roleId: leader.roleId,
    words: mostFrequent(leader.notes.flatMap((n) => n.words), MAX_WORDS_SHOWN),
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
