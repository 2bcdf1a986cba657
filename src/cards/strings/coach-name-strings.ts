import type { Locale } from '../../content/types';

/** The coach's name where it matters for consent: unknown yet, or changed since the person shared. */
export const coachNameStrings = {
  nl: {
    /** Beside a look in the person's record: the coach's name in Teams then was not the one they shared with. */
    lookedAs: (name: string) => `keek onder een andere naam: ${name}`,
    /** Beside a coach on the overview: their name in Teams now is not the one the person shared with. */
    renamed: (name: string) => `Heet in Teams nu: ${name}`,
    coachUnnamed:
      'Deze code is goed, maar Positie weet nog niet hoe je coach heet. Je deelt alleen met iemand van wie je de naam ziet. Vraag je coach om Positie eerst een bericht te sturen, bijvoorbeeld hulp, en typ de code daarna opnieuw.',
  },
  en: {
    lookedAs: (name: string) => `looked under another name: ${name}`,
    renamed: (name: string) => `Now called in Teams: ${name}`,
    coachUnnamed:
      "This code is right, but Positie does not know your coach's name yet. You only share with someone whose name you can see. Ask your coach to send Positie a message first, help for example, and then type the code again.",
  },
} satisfies Record<Locale, Record<string, string | ((name: string) => string)>>;
