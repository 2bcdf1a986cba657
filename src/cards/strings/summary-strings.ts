import type { Locale } from '../../content/types';
import { inSentence } from './in-sentence';


/**
 * Texts of the weekly summary card. They describe the mix and invite; they never grade, so
 * words like "goed", "slecht" or "score" stay out (a unit test checks the rendered cards).
 */
export interface SummaryStrings {
  title: (week: number) => string;
  /** A week that is still running, shown after last week's summary. */
  titleSoFar: (week: number) => string;
  counts: (answers: number, promptsSent: number) => string;
  notPlayed: (days: number) => string;
  rolesTitle: string;
  /** `once`: a single answer in the lens, where "most often" would say more than there is. */
  leaning: (role: string, once: boolean) => string;
  tie: (roles: readonly string[]) => string;
  /** Once a month: no role is the right one. */
  mix: string;
  /** Roles chosen clearly more and less often than in the weeks before; at least one list holds a role. */
  shift: (more: readonly string[], less: readonly string[]) => string;
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
  /** The question about a role that did not come up: asked, not pushed. */
  nudgeTitle: (role: string) => string;
  reflectAs: (role: string) => string;
  settings: string;
  /** The button to the history card. */
  history: string;
  emptyTitle: (week: number) => string;
  emptyText: string;
  emptyAction: string;
  personalOnly: string;
  /** Said with a pause: the summary of what was answered still comes, `when` ("op vrijdag … om …"). */
  stillComes: (when: string) => string;
}

/** "de verbinder en de bureaucraat", "the connector, the bureaucrat and the entrepreneur". */
function listOf(names: readonly string[], article: string, and: string): string {
  const named = names.map((name) => `${article} ${inSentence(name)}`);
  const last = named.pop();
  return named.length === 0 ? (last ?? '') : `${named.join(', ')} ${and} ${last ?? ''}`;
}

/** "De verbinder": a role at the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

const nl: SummaryStrings = {
  title: (week) => `Je week ${week} in Positie`,
  titleSoFar: (week) => `Je week ${week} tot nu toe`,
  counts: (answers, sent) => `${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}${sent > 0 ? ` op ${sent} ${sent === 1 ? 'vraag' : 'vragen'}` : ''}`,
  notPlayed: (days) => `${days} ${days === 1 ? 'dag' : 'dagen'} speelde de vraag niet`,
  rolesTitle: 'Vanuit welke rol je werkte',
  leaning: (role, once) => (once ? `Deze week koos je de ${inSentence(role)}.` : `Deze week koos je het vaakst de ${inSentence(role)}.`),
  tie: (roles) => `Deze week koos je even vaak ${listOf(roles, 'de', 'en')}.`,
  mix: 'Geen rol is de juiste: het gaat om een mix die past bij wat je werk vroeg.',
  shift: (more, less) => {
    const parts = [...(more.length > 0 ? [`vaker ${listOf(more, 'de', 'en')}`] : []), ...(less.length > 0 ? [`minder vaak ${listOf(less, 'de', 'en')}`] : [])];
    return `Je koos ${parts.join(', ')} dan in de weken daarvoor.`;
  },
  trendTitle: (weeks) => `Je laatste ${weeks} weken`,
  weekShort: (week) => `wk ${week}`,
  noAnswers: 'geen antwoorden',
  paradoxesTitle: 'Waar je stond',
  streak: (weeks, openEnded) => `Je reflecteerde ${weeks}${openEnded ? ' of meer' : ''} weken op rij.`,
  language: (role, words) => `Wat je in je notities beschrijft, past ook bij de ${inSentence(role)}: ${words}.`,
  languageDiffers: (role, chosen, words) => `Je koos vaker ${listOf(chosen, 'de', 'en')}, maar wat je in je notities beschrijft (${words}) past bij de ${inSentence(role)}. Herken je dat?`,
  showNotes: (count) => `Je notities (${count})`,
  notesPrivate: 'Alleen jij ziet deze notities.',
  moreNotes: (count) => `En nog ${count} ${count === 1 ? 'notitie' : 'notities'}: typ **mijn notities** om ze allemaal te lezen.`,
  nudgeTitle: (role) => `${capitalised(`de ${inSentence(role)}`)} kwam deze week niet voor. Speelde dat niet, of liet je het liggen?`,
  reflectAs: (role) => `Reflecteer als de ${inSentence(role)}`,
  settings: 'Instellingen',
  history: 'Geschiedenis',
  emptyTitle: (week) => `Je week ${week} in Positie`,
  emptyText: 'Deze week heb je nog niets ingevuld, en dat is prima. Zin in één korte vraag?',
  emptyAction: 'Reflecteer nu',
  personalOnly: 'Je weekoverzicht is alleen voor jou: typ **samenvatting** in je persoonlijke chat met Positie.',
  stillComes: (when) => `Het weekoverzicht van wat je al beantwoordde komt nog wel, ${when}.`,
};

const en: SummaryStrings = {
  title: (week) => `Your week ${week} in Positie`,
  titleSoFar: (week) => `Your week ${week} so far`,
  counts: (answers, sent) => `${answers} ${answers === 1 ? 'answer' : 'answers'}${sent > 0 ? ` to ${sent} ${sent === 1 ? 'question' : 'questions'}` : ''}`,
  notPlayed: (days) => `on ${days} ${days === 1 ? 'day' : 'days'} the question did not come up`,
  rolesTitle: 'The roles you worked from',
  leaning: (role, once) => (once ? `This week you chose the ${inSentence(role)}.` : `This week you chose the ${inSentence(role)} most often.`),
  tie: (roles) => `This week you chose ${listOf(roles, 'the', 'and')} equally often.`,
  mix: 'No role is the right one: what counts is a mix that fits what your work asked for.',
  shift: (more, less) => {
    const parts = [...(more.length > 0 ? [`${listOf(more, 'the', 'and')} more often`] : []), ...(less.length > 0 ? [`${listOf(less, 'the', 'and')} less often`] : [])];
    return `You chose ${parts.join(', ')} than in the weeks before.`;
  },
  trendTitle: (weeks) => `Your last ${weeks} weeks`,
  weekShort: (week) => `wk ${week}`,
  noAnswers: 'no answers',
  paradoxesTitle: 'Where you stood',
  streak: (weeks, openEnded) => `You reflected ${weeks}${openEnded ? ' or more' : ''} weeks in a row.`,
  language: (role, words) => `What you describe in your notes fits the ${inSentence(role)} too: ${words}.`,
  languageDiffers: (role, chosen, words) => `You chose ${listOf(chosen, 'the', 'and')} more often, yet what you describe in your notes (${words}) fits the ${inSentence(role)}. Does that ring true?`,
  showNotes: (count) => `Your notes (${count})`,
  notesPrivate: 'Only you see these notes.',
  moreNotes: (count) => `And ${count} more ${count === 1 ? 'note' : 'notes'}: type **my notes** to read them all.`,
  nudgeTitle: (role) => `The ${inSentence(role)} did not come up this week. Was there no call for it, or did you leave it aside?`,
  reflectAs: (role) => `Reflect as the ${inSentence(role)}`,
  settings: 'Settings',
  history: 'History',
  emptyTitle: (week) => `Your week ${week} in Positie`,
  emptyText: "You haven't filled anything in this week yet, and that's fine. Up for one short question?",
  emptyAction: 'Reflect now',
  personalOnly: 'Your weekly summary is for you alone: type **summary** in your personal chat with Positie.',
  stillComes: (when) => `The weekly summary of what you already answered still comes, ${when}.`,
};

export const summaryStrings: Record<Locale, SummaryStrings> = { nl, en };
