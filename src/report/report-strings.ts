import type { Locale } from '../content/types';

/** Texts of `npm run report`, for the organisation that is shown it (nl and en). */
export interface ReportStrings {
  title: string;
  organisation: (label: string) => string;
  columns: { week: string; dates: string; registered: string; active: string; answers: string; checkins: string };
  tooFew: string;
  noOrganisations: string;
  explanation: (minGroup: number, roundTo: number, answersFrom: number, timeZone: string) => string[];
  months: string;
}

const nl: ReportStrings = {
  title: 'Positie: gebruik per week',
  organisation: (label) => `Organisatie ${label}`,
  columns: { week: 'week', dates: 'van – tot en met', registered: 'aangemeld', active: 'actief', answers: 'antwoorden', checkins: 'team-check-ins' },
  tooFew: 'te weinig om te tonen',
  noOrganisations: 'Er is nog niemand aangemeld, dus er valt niets te tonen.',
  explanation: (minGroup, roundTo, answersFrom, timeZone) => [
    'Aangemeld: mensen die op zondag aan het eind van de week een profiel bij Positie hadden (dat ontstaat bij het eerste bericht of de installatie). Wie zijn gegevens heeft laten wissen, telt niet meer mee, behalve in weken die al eerder getoond zijn.',
    'Actief: aangemelde mensen die die week minstens één vraag beantwoordden.',
    'Antwoorden: antwoorden op de vragen van die week. Een overgeslagen vraag telt niet mee.',
    'Team-check-ins: check-ins die in die week zijn gestart.',
    `Een getal staat er alleen als de groep erachter minstens ${minGroup} mensen telt, en is afgerond op ${roundTo}. Antwoorden staan er pas bij ${answersFrom} of meer actieven.`,
    'Een week verschijnt pas als er niet meer op kan worden geantwoord, en ligt daarna vast.',
    `Weken lopen van maandag tot en met zondag (tijdzone ${timeZone}). Over één persoon staat hier nooit iets.`,
  ],
  months: 'nl-NL',
};

const en: ReportStrings = {
  title: 'Positie: use per week',
  organisation: (label) => `Organisation ${label}`,
  columns: { week: 'week', dates: 'from – to', registered: 'registered', active: 'active', answers: 'answers', checkins: 'team check-ins' },
  tooFew: 'too few to show',
  noOrganisations: 'Nobody has registered yet, so there is nothing to show.',
  explanation: (minGroup, roundTo, answersFrom, timeZone) => [
    'Registered: people who had a profile in Positie on the Sunday that ends the week (it is made by their first message or the install). Anyone who had their data erased no longer counts, except in weeks shown before.',
    'Active: registered people who answered at least one question that week.',
    'Answers: answers to the questions of that week. A skipped question does not count.',
    'Team check-ins: check-ins started that week.',
    `A figure is shown only when the group behind it has at least ${minGroup} people, and is rounded to ${roundTo}. Answers are shown from ${answersFrom} active people.`,
    'A week appears once its questions can no longer be answered, and stays fixed from then on.',
    `Weeks run from Monday to Sunday (time zone ${timeZone}). Nothing here is ever about one person.`,
  ],
  months: 'en-GB',
};

export function reportStrings(locale: Locale): ReportStrings {
  return locale === 'en' ? en : nl;
}
