import type { Locale } from '../../content/types';

/** Texts of the reflection day: today already answered, the extra question, replies to buttons. */
export const dayStrings = {
  nl: {
    alreadyToday: 'Je hebt vandaag al gereflecteerd. Hierboven staat je antwoord; dat kun je vandaag nog aanpassen.',
    extraOffer: 'Heb je zin in nog een vraag? Die telt als extra, naast je antwoord van vandaag.',
    extraButton: 'Extra vraag',
    questionBelow: 'Je vraag staat hieronder.',
    answerBelow: 'Je antwoord van vandaag staat hieronder.',
    settingsBelow: 'Je instellingen staan hieronder.',
  },
  en: {
    alreadyToday: 'You have already reflected today. Your answer is above; you can still change it today.',
    extraOffer: 'Up for one more question? It counts as an extra, next to your answer for today.',
    extraButton: 'Extra question',
    questionBelow: 'Your question is below.',
    answerBelow: "Today's answer is below.",
    settingsBelow: 'Your settings are below.',
  },
} satisfies Record<Locale, Record<string, string>>;
