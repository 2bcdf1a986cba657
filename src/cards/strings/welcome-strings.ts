import type { Locale } from '../../content/types';

/** Texts of the welcome card (first contact, and the return after erasing one's data) and of its answers. */
export const welcomeStrings = {
  nl: {
    title: 'Welkom bij Positie',
    what: 'Elke werkdag één korte vraag over een spanning in je werk: waar stond jij vandaag, en vanuit welke rol? Het kost je een minuut.',
    who: 'Je antwoorden zijn van jou: alleen jij ziet ze. Een coach ziet alleen trends, en alleen als jij dat wilt.',
    setup: 'Eerst drie dingen. Wat al is ingevuld, kun je zo laten.',
    whenHeading: 'Wanneer',
    reminderLabel: 'Wil je een herinnering?',
    start: 'Opslaan en eerste vraag',
    later: 'Later',
    /** Under the choices: what happens when nothing is changed ("op maandag 24 november om 16:00"). */
    firstAt: (when: string) => `Laat je alles zo, dan komt je eerste vraag ${when}.`,
    /** After "Later": nothing changed, when the next question comes, and where to change it. */
    kept: (next: string) => `Prima, dan blijft het zo. ${next} Wil je iets anders, typ dan **instellingen**.`,
    /** After "Opslaan en eerste vraag"; `next` says when the next one comes. */
    saved: (next: string) => `Opgeslagen. Je eerste vraag staat hieronder. ${next} Aanpassen kan altijd met **instellingen**.`,
    firstQuestion: 'Eerste vraag',
  },
  en: {
    title: 'Welcome to Positie',
    what: 'Every working day one short question about a tension in your work: where did you stand today, and from which role? It takes a minute.',
    who: 'Your answers are yours: only you see them. A coach sees trends only, and only if you want that.',
    setup: 'Three things first. What is filled in already can stay as it is.',
    whenHeading: 'When',
    reminderLabel: 'Would you like a reminder?',
    start: 'Save and start',
    later: 'Later',
    firstAt: (when: string) => `If you leave everything as it is, your first question comes ${when}.`,
    kept: (next: string) => `Fine, it stays as it is. ${next} To change anything, type **settings**.`,
    saved: (next: string) => `Saved. Your first question is below. ${next} You can change this any time with **settings**.`,
    firstQuestion: 'First question',
  },
} satisfies Record<Locale, unknown>;
