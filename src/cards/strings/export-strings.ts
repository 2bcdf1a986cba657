import type { Locale } from '../../content/types';

/** Texts of the readable export page. */
export interface ExportStrings {
  title: string;
  intro: (name: string, exportedAt: string) => string;
  jsonHint: string;
  settingsTitle: string;
  name: string;
  since: string;
  promptDays: string;
  promptTime: string;
  timeZone: string;
  language: string;
  lens: string;
  summary: string;
  summaryAt: (day: string, time: string) => string;
  holidays: string;
  holidaysSkipped: (skipped: boolean) => string;
  pausedUntil: string;
  notPaused: string;
  languages: Record<Locale, string>;
  answersTitle: string;
  noAnswers: string;
  weekHeading: (week: number, year: number, from: string, to: string, count: number) => string;
  date: string;
  paradox: string;
  position: string;
  role: string;
  tactic: string;
  notesTitle: string;
  noNotes: string;
  coachesTitle: string;
  sharesWith: (coach: string) => string;
  sharesWithYou: (coachee: string) => string;
  grantedAt: (date: string) => string;
  revokedAt: (date: string) => string;
  scopeRoles: string;
  scopeRolesAndParadoxes: string;
  noCoaches: string;
  looksTitle: string;
  looked: (coach: string, at: string) => string;
  youLooked: (coachee: string, at: string) => string;
  noLooks: string;
  unknownPerson: (key: string) => string;
  sendsTitle: string;
  sendsSummary: (prompts: number, skipped: number, summaries: number) => string;
  pending: (kind: string, at: string) => string;
  sendKinds: Record<string, string>;
  checkinsTitle: string;
  checkinsSummary: (answered: number, started: number) => string;
}

const nl: ExportStrings = {
  title: 'Je gegevens in Positie',
  intro: (name, at) => `Alles wat Positie over ${name} bewaart, opgehaald op ${at}.`,
  jsonHint: 'Dit is een leesbare weergave. Het JSON-bestand bij deze export bevat dezelfde gegevens volledig, ook de technische sleutels.',
  settingsTitle: 'Je instellingen',
  name: 'Naam',
  since: 'In Positie sinds',
  promptDays: 'Vragen op',
  promptTime: 'Tijd van de vraag',
  timeZone: 'Tijdzone',
  language: 'Taal',
  lens: 'Rollen',
  summary: 'Weekoverzicht',
  summaryAt: (day, time) => `${day} om ${time}`,
  holidays: 'Feestdagen',
  holidaysSkipped: (skipped) => (skipped ? 'geen vraag op feestdagen' : 'ook een vraag op feestdagen'),
  pausedUntil: 'Gepauzeerd',
  notPaused: 'niet gepauzeerd',
  languages: { nl: 'Nederlands', en: 'Engels' },
  answersTitle: 'Je antwoorden per week',
  noAnswers: 'Er zijn geen antwoorden bewaard.',
  weekHeading: (week, year, from, to, count) => `Week ${week}, ${year} (${from} – ${to}) · ${count} ${count === 1 ? 'antwoord' : 'antwoorden'}`,
  date: 'Datum',
  paradox: 'Spanning',
  position: 'Waar je stond',
  role: 'Rol',
  tactic: 'Aanpak',
  notesTitle: 'Je notities',
  noNotes: 'Er zijn geen notities bewaard.',
  coachesTitle: 'Coaches',
  sharesWith: (coach) => `Je deelt je trends met ${coach}`,
  sharesWithYou: (coachee) => `${coachee} deelt trends met jou als coach`,
  grantedAt: (date) => `sinds ${date}`,
  revokedAt: (date) => `gestopt op ${date}`,
  scopeRoles: 'rollen en deelname per week',
  scopeRolesAndParadoxes: 'rollen en deelname per week, en de gemiddelde positie per spanning',
  noCoaches: 'Je deelt met niemand, en niemand deelt met jou.',
  looksTitle: 'Wie keek',
  looked: (coach, at) => `${coach} keek op ${at}`,
  youLooked: (coachee, at) => `Jij keek bij ${coachee} op ${at}`,
  noLooks: 'Niemand heeft gekeken.',
  unknownPerson: (key) => `iemand (sleutel ${key})`,
  sendsTitle: 'Verstuurde berichten',
  sendsSummary: (prompts, skipped, summaries) => `${prompts} ${prompts === 1 ? 'vraag' : 'vragen'} verstuurd, waarvan ${skipped} overgeslagen; ${summaries} ${summaries === 1 ? 'weekoverzicht' : 'weekoverzichten'}.`,
  pending: (kind, at) => `Gepland: ${kind} op ${at}`,
  sendKinds: { prompt: 'de dagelijkse vraag', summary: 'het weekoverzicht', snooze: 'een uitgestelde vraag', reminder: 'een herinnering' },
  checkinsTitle: 'Teamcheck-ins',
  checkinsSummary: (answered, started) => `Je beantwoordde ${answered} ${answered === 1 ? 'check-in' : 'check-ins'} en startte er ${started}. Antwoorden op check-ins worden alleen samengeteld getoond, nooit met je naam.`,
};

const en: ExportStrings = {
  title: 'Your data in Positie',
  intro: (name, at) => `Everything Positie keeps about ${name}, retrieved on ${at}.`,
  jsonHint: 'This is a readable view. The JSON file of this export holds the same data in full, including the technical keys.',
  settingsTitle: 'Your settings',
  name: 'Name',
  since: 'In Positie since',
  promptDays: 'Questions on',
  promptTime: 'Time of the question',
  timeZone: 'Time zone',
  language: 'Language',
  lens: 'Roles',
  summary: 'Weekly summary',
  summaryAt: (day, time) => `${day} at ${time}`,
  holidays: 'Public holidays',
  holidaysSkipped: (skipped) => (skipped ? 'no question on public holidays' : 'a question on public holidays too'),
  pausedUntil: 'Paused',
  notPaused: 'not paused',
  languages: { nl: 'Dutch', en: 'English' },
  answersTitle: 'Your answers by week',
  noAnswers: 'No answers are kept.',
  weekHeading: (week, year, from, to, count) => `Week ${week}, ${year} (${from} – ${to}) · ${count} ${count === 1 ? 'answer' : 'answers'}`,
  date: 'Date',
  paradox: 'Tension',
  position: 'Where you stood',
  role: 'Role',
  tactic: 'Approach',
  notesTitle: 'Your notes',
  noNotes: 'No notes are kept.',
  coachesTitle: 'Coaches',
  sharesWith: (coach) => `You share your trends with ${coach}`,
  sharesWithYou: (coachee) => `${coachee} shares trends with you as their coach`,
  grantedAt: (date) => `since ${date}`,
  revokedAt: (date) => `stopped on ${date}`,
  scopeRoles: 'roles and participation per week',
  scopeRolesAndParadoxes: 'roles and participation per week, and the average position per tension',
  noCoaches: 'You share with no one, and no one shares with you.',
  looksTitle: 'Who looked',
  looked: (coach, at) => `${coach} looked on ${at}`,
  youLooked: (coachee, at) => `You looked at ${coachee} on ${at}`,
  noLooks: 'No one has looked.',
  unknownPerson: (key) => `someone (key ${key})`,
  sendsTitle: 'Messages sent',
  sendsSummary: (prompts, skipped, summaries) => `${prompts} ${prompts === 1 ? 'question' : 'questions'} sent, ${skipped} of them skipped; ${summaries} weekly ${summaries === 1 ? 'summary' : 'summaries'}.`,
  pending: (kind, at) => `Planned: ${kind} on ${at}`,
  sendKinds: { prompt: 'the daily question', summary: 'the weekly summary', snooze: 'a snoozed question', reminder: 'a reminder' },
  checkinsTitle: 'Team check-ins',
  checkinsSummary: (answered, started) => `You answered ${answered} ${answered === 1 ? 'check-in' : 'check-ins'} and started ${started}. Check-in answers are only ever shown added up, never with your name.`,
};

export const exportStrings: Record<Locale, ExportStrings> = { nl, en };
