import type { Locale } from '../../content/types';

interface CraftStrings {
  title: (month: string) => string;
  intro: string;
  /** The fold that shows the intro: who sees the answer. */
  introToggle: string;
  competencies: (month: string, names: string) => string;
  noteLabel: string;
  save: string;
  saved: string;
  removed: string;
  /** The button on the first weekly summary of a month. */
  offer: string;
  badMonth: string;
  /** The section of the readable data export. */
  exportTitle: string;
  exportNone: string;
}

/** Texts of the monthly vakmanschap reflection. */
export const craftStrings: Record<Locale, CraftStrings> = {
  nl: {
    title: (month) => `Vakmanschap: terugkijken op ${month}`,
    intro:
      'Eén keer per maand een vraag over je vak. Wat je hier schrijft is van jou, bijvoorbeeld als voorbereiding op je jaargesprek. Positie deelt het met niemand, ook niet met een coach, en het is geen input voor een beoordeling.',
    introToggle: 'Wie ziet je antwoord?',
    competencies: (month, names) => `Je vragen in ${month} raakten vooral aan: ${names}.`,
    noteLabel: 'Jouw antwoord (alleen voor jou)',
    save: 'Opslaan',
    saved: 'Opgeslagen. Alleen jij ziet dit; het zit ook in de export van je gegevens.',
    removed: 'Je antwoord is weggehaald.',
    offer: 'Vakmanschap: de vraag van de maand',
    badMonth: 'Op die maand kun je (nog) niet terugkijken.',
    exportTitle: 'Vakmanschap: je antwoorden op de vraag van de maand',
    exportNone: 'Je hebt nog geen vraag van de maand beantwoord.',
  },
  en: {
    title: (month) => `Your craft: looking back on ${month}`,
    intro:
      'Once a month, a question about your craft. What you write here is yours, for instance to prepare your annual review conversation. Positie shares it with no one, not even a coach, and it is never input for an appraisal.',
    introToggle: 'Who sees your answer?',
    competencies: (month, names) => `Your questions in ${month} touched most on: ${names}.`,
    noteLabel: 'Your answer (only for you)',
    save: 'Save',
    saved: 'Saved. Only you can see this; it is also in your data export.',
    removed: 'Your answer has been removed.',
    offer: 'Your craft: the question of the month',
    badMonth: 'You cannot look back on that month (yet).',
    exportTitle: 'Your craft: your answers to the question of the month',
    exportNone: 'You have not answered a question of the month yet.',
  },
};
