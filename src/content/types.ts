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

/** The moments that follow a recess of the Tweede Kamer, whose dates the Kamer sets each year. */
export const RECESS_MOMENTS = ['zomerreces', 'kerstreces'] as const;
export type RecessMoment = (typeof RECESS_MOMENTS)[number];

/**
 * A recess as the Tweede Kamer published it (yyyy-mm-dd, both ends included), with where it was
 * published. Operators add the coming year's periods in CONTENT_DIR; a year without one falls back
 * to a rule in src/domain/political-calendar.ts.
 */
export interface RecessPeriod {
  /** `<moment>-<year it starts>`, e.g. `kerstreces-2025`: one period per moment and year. */
  id: string;
  moment: RecessMoment;
  start: string;
  end: string;
  /** Where the dates were published (an address or a publication), for whoever checks them. */
  source: string;
}

/** Themes the seeds name that a prompt can belong to; counted by content:stats, never shown. */
export const THEMES = ['eu-internationaal', 'digitalisering-data', 'diversiteit-inclusie', 'werk-en-leven'] as const;
type Theme = (typeof THEMES)[number];

/** The same text rewritten for another layer's vocabulary (wethouder and raad instead of minister and Kamer). */
type LayerTexts = Partial<Record<Exclude<Layer, 'rijk'>, Localized>>;

/**
 * Who a prompt asks. `needsTeam` marks prompts for people who lead: leading includes the decisions
 * that come with it, so a prompt that assumes its reader takes the decision is either tagged
 * `needsTeam`, or written for the kinds of work where deciding cases under mandate is the daily
 * work itself (uitvoering, toezicht). Every other prompt asks about preparing, advising and
 * carrying out decisions. No separate "decides" flag: that keeps one question on the settings card.
 */
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
  /** The theme of the seeds it belongs to, if any. */
  theme?: Theme;
  /**
   * The pole whose value the question speaks up for (`left`: rules, legal certainty, equal
   * treatment for maakbaar ↔ open); absent when it offers both poles as an open choice.
   */
  favours?: 'left' | 'right';
}

interface DilemmaOption {
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

interface Tactic extends Fit {
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
  recesses: RecessPeriod[];
}
