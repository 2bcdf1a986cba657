/** The content library as the rest of the code sees it: plain data, validated at start-up. */

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

export type Localized = Record<Locale, string>;

export interface Role {
  id: string;
  name: Localized;
  /** One line: what acting from this role looks like. */
  description: Localized;
  /** Words people use when they act from this role (language signal in the weekly summary). */
  words: Record<Locale, string[]>;
}

export interface Lens {
  id: string;
  name: Localized;
  /** True for lenses a person can pick for daily prompts (not the leadership lens). */
  personal: boolean;
  roles: Role[];
}

export interface Paradox {
  id: string;
  /** Short labels of the two poles; position 1 is `left`, position 5 is `right`. */
  left: Localized;
  right: Localized;
  /** One line on why both poles matter. */
  why: Localized;
}

export interface Competency {
  id: string;
  name: Localized;
}

export interface Prompt {
  id: string;
  paradoxId: string;
  text: Localized;
  competencyIds: string[];
  /** Optional role perspective: "answer as the Verbinder would". */
  roleId?: string;
}

export interface DilemmaOption {
  id: string;
  label: Localized;
}

export interface Dilemma {
  id: string;
  title: Localized;
  /** The short case, told in two to four sentences. */
  situation: Localized;
  question: Localized;
  options: DilemmaOption[];
  paradoxId: string;
}

export interface WeeklyQuestion {
  id: string;
  text: Localized;
}

export interface RoleNudge {
  roleId: string;
  suggestions: Localized[];
}

export interface Tactic {
  id: string;
  name: Localized;
  description: Localized;
}

export interface ContentLibrary {
  lenses: Lens[];
  paradoxes: Paradox[];
  competencies: Competency[];
  prompts: Prompt[];
  dilemmas: Dilemma[];
  weeklyQuestions: WeeklyQuestion[];
  nudges: RoleNudge[];
  tactics: Tactic[];
}
