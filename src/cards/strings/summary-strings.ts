import type { Locale } from '../../content/types';
import { inSentence } from './in-sentence';


/**
 * Texts of the weekly summary card. They describe the mix and invite; they never grade, so
 * words like "goed", "slecht" or "score" stay out (a unit test checks the rendered cards).
 */
export interface SummaryStrings {
  title: (week: number) => string;
  counts: (answers: number, promptsSent: number) => string;
  rolesTitle: string;
  leaning: (role: string) => string;
  tie: (roles: readonly string[]) => string;
  shift: (changes: string) => string;
  trendTitle: (weeks: number) => string;
  weekShort: (week: number) => string;
  noAnswers: string;
  paradoxesTitle: string;
  streak: (weeks: number, openEnded: boolean) => string;
  language: (wordsRole: string, words: string) => string;
  languageDiffers: (wordsRole: string, chosen: readonly string[], words: string) => string;
  showNotes: (count: number) => string;
  notesPrivate: string;
  moreNotes: (count: number) => string;
  nudgeTitle: (role: string) => string;
  reflectAs: (role: string) => string;
  settings: string;
  /** The button to the history card. */
  history: string;
  emptyTitle: (week: number) => string;
  emptyText: string;
  emptyAction: string;
  personalOnly: string;
}

/** "de verbinder en de bureaucraat", "the connector, the bureaucrat and the entrepreneur". */
function listOf(names: readonly string[], article: string, and: string): string {
  const named = names.map((name) => `${article} ${inSentence(name)}`);
  const last = named.pop();
  return named.length === 0 ? (last ?? '') : `${named.join(', ')} ${and} ${last ?? ''}`;
}

const nl: SummaryStrings = {
  title: (week) => `Je week ${week} in Positie`,
  counts: (answers, sent) => `${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}${sent > 0 ? ` op ${sent} ${sent === 1 ? 'vraag' : 'vragen'}` : ''}`,
  rolesTitle: 'Vanuit welke rol je werkte',
  leaning: (role) => `Deze week koos je het vaakst de ${inSentence(role)}. Geen rol is de juiste: het gaat om een mix die past bij wat je werk vroeg.`,
  tie: (roles) => `Deze week koos je even vaak ${listOf(roles, 'de', 'en')}. Geen rol is de juiste: het gaat om een mix die past bij wat je werk vroeg.`,
  shift: (changes) => `Vergeleken met de weken daarvoor: ${changes} (procentpunten).`,
  trendTitle: (weeks) => `Je laatste ${weeks} weken`,
  weekShort: (week) => `wk ${week}`,
  noAnswers: 'geen antwoorden',
  paradoxesTitle: 'Waar je stond',
  streak: (weeks, openEnded) => `Je reflecteerde ${weeks}${openEnded ? ' of meer' : ''} weken op rij.`,
  language: (role, words) => `De woorden in je notities passen ook bij de ${inSentence(role)}: ${words}.`,
  languageDiffers: (role, chosen, words) => `Je koos vaker ${listOf(chosen, 'de', 'en')}, maar je woorden (${words}) klinken als de ${inSentence(role)}. Herken je dat?`,
  showNotes: (count) => `Je notities (${count})`,
  notesPrivate: 'Alleen jij ziet deze notities.',
  moreNotes: (count) => `En nog ${count} ${count === 1 ? 'notitie' : 'notities'}: typ **mijn notities** om ze allemaal te lezen.`,
  nudgeTitle: (role) => `Minder gekozen: de ${inSentence(role)}. Past die bij je volgende week?`,
  reflectAs: (role) => `Reflecteer als de ${inSentence(role)}`,
  settings: 'Instellingen',
  history: 'Geschiedenis',
  emptyTitle: (week) => `Je week ${week} in Positie`,
  emptyText: 'Deze week heb je nog niets ingevuld, en dat is prima. Zin in één korte vraag?',
  emptyAction: 'Reflecteer nu',
  personalOnly: 'Je weekoverzicht is alleen voor jou: typ **samenvatting** in je persoonlijke chat met Positie.',
};

const en: SummaryStrings = {
  title: (week) => `Your week ${week} in Positie`,
  counts: (answers, sent) => `${answers} ${answers === 1 ? 'answer' : 'answers'}${sent > 0 ? ` to ${sent} ${sent === 1 ? 'question' : 'questions'}` : ''}`,
  rolesTitle: 'The roles you worked from',
  leaning: (role) => `This week you chose the ${inSentence(role)} most often. No role is the right one: what counts is a mix that fits what your work asked for.`,
  tie: (roles) => `This week you chose ${listOf(roles, 'the', 'and')} equally often. No role is the right one: what counts is a mix that fits what your work asked for.`,
  shift: (changes) => `Compared with the weeks before: ${changes} (percentage points).`,
  trendTitle: (weeks) => `Your last ${weeks} weeks`,
  weekShort: (week) => `wk ${week}`,
  noAnswers: 'no answers',
  paradoxesTitle: 'Where you stood',
  streak: (weeks, openEnded) => `You reflected ${weeks}${openEnded ? ' or more' : ''} weeks in a row.`,
  language: (role, words) => `The words in your notes fit the ${inSentence(role)} too: ${words}.`,
  languageDiffers: (role, chosen, words) => `You chose ${listOf(chosen, 'the', 'and')} more often, yet your words (${words}) sound like the ${inSentence(role)}. Does that ring true?`,
  showNotes: (count) => `Your notes (${count})`,
  notesPrivate: 'Only you see these notes.',
  moreNotes: (count) => `And ${count} more ${count === 1 ? 'note' : 'notes'}: type **my notes** to read them all.`,
  nudgeTitle: (role) => `Chosen less: the ${inSentence(role)}. Would it suit your coming week?`,
  reflectAs: (role) => `Reflect as the ${inSentence(role)}`,
  settings: 'Settings',
  history: 'History',
  emptyTitle: (week) => `Your week ${week} in Positie`,
  emptyText: "You haven't filled anything in this week yet, and that's fine. Up for one short question?",
  emptyAction: 'Reflect now',
  personalOnly: 'Your weekly summary is for you alone: type **summary** in your personal chat with Positie.',
};

export const summaryStrings: Record<Locale, SummaryStrings> = { nl, en };
