import type { Locale } from '../../content/types';

/** Texts of the history, notes and quarter cards: they describe and ask, never grade. */
export interface HistoryStrings {
  title: (weeks: number) => string;
  subtitle: (from: string, to: string, answers: number, days: number) => string;
  empty: string;
  rolesTitle: string;
  weeksTitle: string;
  weekHint: string;
  weekLabel: (week: number) => string;
  weekLine: (days: number, roles: string) => string;
  noAnswers: string;
  notPlayed: (days: number) => string;
  /** The name of a week's row as a button: what the row shows, then what a click does (WCAG 2.5.3). */
  openWeek: (label: string, line: string) => string;
  shiftsTitle: (weeks: number) => string;
  moved: (from: string, to: string) => string;
  stayed: (at: string) => string;
  /** Where one place on the scale would not be true: how often each was chosen, first and last weeks. */
  spreads: (first: string, last: string) => string;
  noShifts: (weeks: number) => string;
  notesButton: string;
  notesTitle: string;
  notesRange: (from: number, to: number, total: number) => string;
  notesPrivate: string;
  noNotes: string;
  newer: string;
  older: string;
  backToHistory: string;
}

const nl: HistoryStrings = {
  title: (weeks) => `Je laatste ${weeks} weken`,
  subtitle: (from, to, answers, days) => `${from} – ${to} · ${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'} op ${days} ${days === 1 ? 'dag' : 'dagen'}`,
  empty: 'In deze weken staan nog geen antwoorden. Na een paar vragen zie je hier hoe je rollen en posities zich ontwikkelen.',
  rolesTitle: 'Vanuit welke rol je werkte',
  weeksTitle: 'Per week',
  weekHint: 'Kies een week om het weekoverzicht te openen.',
  weekLabel: (week) => `wk ${week}`,
  weekLine: (days, roles) => `${days} ${days === 1 ? 'dag' : 'dagen'} · ${roles}`,
  noAnswers: 'geen antwoorden',
  notPlayed: (days) => `${days} ${days === 1 ? 'dag' : 'dagen'} speelde de vraag niet`,
  openWeek: (label, line) => `${label}: ${line}. Weekoverzicht openen`,
  shiftsTitle: (weeks) => `Waar je stond: de eerste en de laatste ${weeks} weken`,
  moved: (from, to) => `je schoof van ‘${from}’ naar ‘${to}’`,
  stayed: (at) => `je bleef ‘${at}’`,
  spreads: (first, last) => `eerst ${first}; later ${last}`,
  noShifts: (weeks) => `Nog geen spanning die je zowel in de eerste als in de laatste ${weeks} weken beantwoordde.`,
  notesButton: 'Mijn notities',
  notesTitle: 'Je notities',
  notesRange: (from, to, total) => `${from}–${to} van ${total}, nieuwste eerst`,
  notesPrivate: 'Alleen jij ziet deze notities.',
  noNotes: 'Je hebt nog geen notities. Bij elke vraag kun je er een toevoegen; ze blijven van jou.',
  newer: 'Nieuwere',
  older: 'Oudere',
  backToHistory: 'Terug naar je weken',
};

const en: HistoryStrings = {
  title: (weeks) => `Your last ${weeks} weeks`,
  subtitle: (from, to, answers, days) => `${from} – ${to} · ${answers} ${answers === 1 ? 'answer' : 'answers'} on ${days} ${days === 1 ? 'day' : 'days'}`,
  empty: 'There are no answers in these weeks yet. After a few questions you will see here how your roles and positions develop.',
  rolesTitle: 'The roles you worked from',
  weeksTitle: 'Week by week',
  weekHint: 'Choose a week to open its summary.',
  weekLabel: (week) => `wk ${week}`,
  weekLine: (days, roles) => `${days} ${days === 1 ? 'day' : 'days'} · ${roles}`,
  noAnswers: 'no answers',
  notPlayed: (days) => `on ${days} ${days === 1 ? 'day' : 'days'} the question did not come up`,
  openWeek: (label, line) => `${label}: ${line}. Open the weekly summary`,
  shiftsTitle: (weeks) => `Where you stood: the first and the last ${weeks} weeks`,
  moved: (from, to) => `you moved from ‘${from}’ to ‘${to}’`,
  stayed: (at) => `you stayed ‘${at}’`,
  spreads: (first, last) => `first ${first}; later ${last}`,
  noShifts: (weeks) => `No tension yet that you answered both in the first and in the last ${weeks} weeks.`,
  notesButton: 'My notes',
  notesTitle: 'Your notes',
  notesRange: (from, to, total) => `${from}–${to} of ${total}, newest first`,
  notesPrivate: 'Only you see these notes.',
  noNotes: 'You have no notes yet. With every question you can add one; they stay yours.',
  newer: 'Newer',
  older: 'Older',
  backToHistory: 'Back to your weeks',
};

export const historyStrings: Record<Locale, HistoryStrings> = { nl, en };
