import type { Locale } from '../../content/types';

/** The card shown when an answer could not be handled at all (storage hanging, say). */
export interface UnsavedStrings {
  title: string;
  text: string;
  noteLabel: string;
  retry: string;
}

export const unsavedStrings: Record<Locale, UnsavedStrings> = {
  nl: {
    title: 'Niet opgeslagen',
    text: 'Er ging iets mis aan onze kant, dus je antwoord is nog niet bewaard. Er gaat niets verloren: probeer het over een paar seconden opnieuw met de knop hieronder.',
    noteLabel: 'Wat je schreef',
    retry: 'Opnieuw versturen',
  },
  en: {
    title: 'Not saved',
    text: 'Something went wrong on our side, so your answer has not been saved yet. Nothing is lost: try again in a few seconds with the button below.',
    noteLabel: 'What you wrote',
    retry: 'Send again',
  },
};
