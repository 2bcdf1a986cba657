import type { Locale } from '../../content/types';

/** Said instead of the consent screen while Positie does not know the coach's name yet. */
export const coachNameStrings = {
  nl: {
    coachUnnamed:
      'Deze code is goed, maar Positie weet nog niet hoe je coach heet. Je deelt alleen met iemand van wie je de naam ziet. Vraag je coach om Positie eerst een bericht te sturen, bijvoorbeeld hulp, en typ de code daarna opnieuw.',
  },
  en: {
    coachUnnamed:
      "This code is right, but Positie does not know your coach's name yet. You only share with someone whose name you can see. Ask your coach to send Positie a message first, help for example, and then type the code again.",
  },
} satisfies Record<Locale, Record<string, string>>;
