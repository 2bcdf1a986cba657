import type { Locale } from '../../content/types';

/** Texts of the coach's trend view that say when a person's weeks can appear (beside coach-strings.ts). */
export interface CoachTrendStrings {
  sharingSince: (date: string) => string;
  /** Participation over the weeks listed: those since sharing began, and earlier ones with enough answers. */
  participation: (shown: number, listed: number) => string;
  /** While no week since the consent is complete: when the first one can appear. */
  firstWeek: (week: number, date: string) => string;
  /** A week with enough answers, too few of them with a role for shares. */
  tooFewRoles: string;
  notPlayed: (days: number) => string;
}

const nl: CoachTrendStrings = {
  sharingSince: (date) => `Deelt sinds ${date}.`,
  participation: (shown, listed) => `Deelname: in ${shown} van ${listed === 1 ? '1 afgesloten week' : `de ${listed} afgesloten weken`} minstens 3 vragen beantwoord`,
  firstWeek: (week, date) => `De eerste week sinds het delen (week ${week}) kan hier op ${date} verschijnen, als er dan minstens 3 antwoorden in staan.`,
  tooFewRoles: 'te weinig antwoorden met een rol om rollen te tonen',
  notPlayed: (days) => `${days} ${days === 1 ? 'dag' : 'dagen'} speelde de vraag niet`,
};

const en: CoachTrendStrings = {
  sharingSince: (date) => `Sharing since ${date}.`,
  participation: (shown, listed) => `Participation: at least 3 questions answered in ${shown} of ${listed === 1 ? '1 completed week' : `${listed} completed weeks`}`,
  firstWeek: (week, date) => `The first week since sharing began (week ${week}) can appear here on ${date}, if it then holds at least 3 answers.`,
  tooFewRoles: 'too few answers with a role to show roles',
  notPlayed: (days) => `on ${days} ${days === 1 ? 'day' : 'days'} the question did not come up`,
};

export const coachTrendStrings: Record<Locale, CoachTrendStrings> = { nl, en };
