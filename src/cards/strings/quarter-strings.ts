import type { Locale } from '../../content/types';

/** What a question for a talk with a coach or leader may name: the least used role, the paradox answered most. */
export interface QuestionContext {
  role?: string;
  paradox?: { left: string; right: string };
}

interface Question {
  needs: 'role' | 'paradox' | 'nothing';
  text: (c: Required<QuestionContext>) => string;
}

export interface QuarterStrings {
  title: (quarter: number) => string;
  subtitle: (from: string, to: string, answers: number, notes: number) => string;
  empty: string;
  rolesTitle: (weeks: number) => string;
  firstPart: (weeks: number) => string;
  lastPart: (weeks: number) => string;
  roleMove: (from: string, to: string) => string;
  paradoxTitle: string;
  paradoxMoved: (paradox: string, answers: number, from: string, to: string) => string;
  paradoxStayed: (paradox: string, answers: number, at: string) => string;
  /** Where one place on the scale would not be true: how often each was chosen, earlier and later. */
  paradoxSpreads: (paradox: string, answers: number, first: string, last: string) => string;
  questionTitle: string;
  questions: Question[];
}

const nl: QuarterStrings = {
  title: (quarter) => (quarter === 1 ? 'Je kwartaalspiegel' : `Je kwartaalspiegel (${quarter}e kwartaal)`),
  subtitle: (from, to, answers, notes) => `13 weken Positie, ${from} – ${to} · ${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'} · ${notes} ${notes === 1 ? 'notitie' : 'notities'}`,
  empty: 'Dit kwartaal staan er geen antwoorden in Positie. Je spiegel vult zich weer zodra je een vraag beantwoordt.',
  rolesTitle: (weeks) => `Je rollen: de eerste en de laatste ${weeks} weken`,
  firstPart: (weeks) => `eerste ${weeks} wkn`,
  lastPart: (weeks) => `laatste ${weeks} wkn`,
  roleMove: (from, to) => `${from} → ${to}`,
  paradoxTitle: 'De spanning die je het vaakst tegenkwam',
  paradoxMoved: (paradox, answers, from, to) => `${paradox} (${answers}×): je schoof van ‘${from}’ naar ‘${to}’.`,
  paradoxStayed: (paradox, answers, at) => `${paradox} (${answers}×): je bleef ‘${at}’.`,
  paradoxSpreads: (paradox, answers, first, last) => `${paradox} (${answers}×): eerst ${first}; later ${last}.`,
  questionTitle: 'Een vraag voor je volgende gesprek met je coach of leidinggevende',
  questions: [
    { needs: 'role', text: (c) => `Bij welke klus had de ${c.role} je dit kwartaal verder kunnen helpen, en wat hield je tegen?` },
    { needs: 'paradox', text: (c) => `Wat vraagt je werk de komende maanden meer van je: ${c.paradox.left} of ${c.paradox.right}? En hoe merk je dat?` },
    { needs: 'nothing', text: () => 'Welk moment uit je notities wil je eens hardop bespreken, en waarom juist dat moment?' },
    { needs: 'role', text: (c) => `Wie in je omgeving werkt vaak als ${c.role}, en wat zou je van die persoon willen afkijken?` },
    { needs: 'paradox', text: (c) => `Als je terugkijkt op ${c.paradox.left} tegenover ${c.paradox.right}: kwam je keuze uit jezelf, of uit wat er om je heen gebeurde?` },
    { needs: 'nothing', text: () => 'Waarin zouden je collega’s je dit kwartaal het meest herkennen, en past dat bij je eigen beeld?' },
  ],
};

const en: QuarterStrings = {
  title: (quarter) => (quarter === 1 ? 'Your quarter in the mirror' : `Your quarter in the mirror (quarter ${quarter})`),
  subtitle: (from, to, answers, notes) => `13 weeks of Positie, ${from} – ${to} · ${answers} ${answers === 1 ? 'answer' : 'answers'} · ${notes} ${notes === 1 ? 'note' : 'notes'}`,
  empty: 'There are no answers in Positie this quarter. Your mirror fills up again as soon as you answer a question.',
  rolesTitle: (weeks) => `Your roles: the first and the last ${weeks} weeks`,
  firstPart: (weeks) => `first ${weeks} wks`,
  lastPart: (weeks) => `last ${weeks} wks`,
  roleMove: (from, to) => `${from} → ${to}`,
  paradoxTitle: 'The paradox you met most often',
  paradoxMoved: (paradox, answers, from, to) => `${paradox} (${answers}×): you moved from ‘${from}’ to ‘${to}’.`,
  paradoxStayed: (paradox, answers, at) => `${paradox} (${answers}×): you stayed ‘${at}’.`,
  paradoxSpreads: (paradox, answers, first, last) => `${paradox} (${answers}×): first ${first}; later ${last}.`,
  questionTitle: 'A question for your next talk with your coach or manager',
  questions: [
    { needs: 'role', text: (c) => `In which piece of work could the ${c.role} have taken you further this quarter, and what held you back?` },
    { needs: 'paradox', text: (c) => `What will your work ask more of you in the coming months: ${c.paradox.left} or ${c.paradox.right}? How do you notice?` },
    { needs: 'nothing', text: () => 'Which moment from your notes would you like to talk through out loud, and why that one?' },
    { needs: 'role', text: (c) => `Who around you often works as the ${c.role}, and what would you like to learn from them?` },
    { needs: 'paradox', text: (c) => `Looking back on ${c.paradox.left} against ${c.paradox.right}: did your choice come from you, or from what happened around you?` },
    { needs: 'nothing', text: () => 'What would your colleagues recognise you by this quarter, and does that match how you see yourself?' },
  ],
};

export const quarterStrings: Record<Locale, QuarterStrings> = { nl, en };

/**
 * The question of a quarter: the questions that fit what is known, taken in turn by quarter number,
 * so the same quarter always gets the same question and the next quarter another.
 */
export function questionFor(strings: QuarterStrings, quarter: number, context: QuestionContext): string {
  const usable = strings.questions.filter((q) => q.needs === 'nothing' || (q.needs === 'role' ? context.role : context.paradox) !== undefined);
  const question = usable[(quarter - 1) % usable.length];
  const full = { role: context.role ?? '', paradox: context.paradox ?? { left: '', right: '' } };
  return question ? question.text(full) : '';
}
