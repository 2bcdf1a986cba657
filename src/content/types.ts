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
  /** Short labels of the two poles, each readable after "meer naar"; position 1 is `left`, position 5 is `right`. */
  left: Localized;
  right: Localized;
  /** One line on why both poles matter. */
  why: Localized;
}

export interface Competency {
  id: string;
  name: Localized;
}

/** The layers of government a text can be written for; Rijk is the default. */
export const LAYERS = ['rijk', 'provincie', 'gemeente', 'waterschap', 'uitvoeringsorganisatie'] as const;
export type Layer = (typeof LAYERS)[number];

/** The kinds of public work (seed 000: wetgeving, beleid, uitvoering, toezicht), plus running the organisation. */
export const KINDS_OF_WORK = ['beleid', 'wetgeving', 'uitvoering', 'toezicht', 'bedrijfsvoering'] as const;
export type KindOfWork = (typeof KINDS_OF_WORK)[number];

/** Where a prompt, dilemma or tactic fits: a person's layer, their kinds of work, whether they lead people. */
export interface Fit {
  layers: Layer[];
  work: KindOfWork[];
  /** True when only someone who leads people can answer it. */
  needsTeam: boolean;
}

/**
 * Moments of the political-administrative year a prompt can belong to; the dates are computed
 * in src/domain/political-calendar.ts because several of them move from year to year.
 */
export const CALENDAR_MOMENTS = ['voorjaarsnota', 'verantwoordingsdag', 'prinsjesdag', 'begrotingsbehandeling', 'zomerreces', 'kerstreces'] as const;
export type CalendarMoment = (typeof CALENDAR_MOMENTS)[number];

/** The same text rewritten for another layer's vocabulary (wethouder and raad instead of minister and Kamer). */
export type LayerTexts = Partial<Record<Exclude<Layer, 'rijk'>, Localized>>;

export interface Prompt extends Fit {
  id: string;
  paradoxId: string;
  /** The text in Rijk vocabulary, or in words that fit every layer it is tagged with. */
  text: Localized;
  /** Versions for other layers whose vocabulary differs; a layer without one shows `text`. */
  layerText?: LayerTexts;
  competencyIds: string[];
  /** Optional role perspective: "answer as the verbinder would". */
  roleId?: string;
  /** True when the day may simply not have held it ("Was je het vandaag ergens oneens?"): the card offers "speelde vandaag niet". */
  conditional: boolean;
  /** Only shown around this moment of the political year. */
  calendar?: CalendarMoment;
  /** Only fits while the cabinet is demissionair (a setting; no date can tell). */
  demissionair?: boolean;
}

export interface DilemmaOption {
  id: string;
  label: Localized;
}

export interface Dilemma extends Fit {
  id: string;
  title: Localized;
  /** The short case, told in two to four sentences. */
  situation: Localized;
  question: Localized;
  options: DilemmaOption[];
  paradoxId: string;
}

/** A question on the craft of public work (seed 003), asked once a month in the vakmanschap reflection. */
export interface WeeklyQuestion {
  id: string;
  text: Localized;
}

export interface RoleNudge {
  roleId: string;
  suggestions: Localized[];
}

export interface Tactic extends Fit {
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
