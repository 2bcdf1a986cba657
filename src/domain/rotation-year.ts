import { KINDS_OF_WORK, LAYERS, type ContentLibrary, type Prompt } from '../content/types';
import { promptTextFor, type WorkProfile } from './content-fit';
import { isDutchHoliday } from './holidays';
import { rememberPick } from './prompt-history';
import { pickPrompt, writtenForOwnWork, type PromptSeen } from './rotation';

/**
 * A year of daily prompts for one person, as the product would send them: the figures the content
 * is held to (`npm run content:stats`, tests/unit/rotation-year.test.ts) are measured on it.
 */

interface YearOptions {
  lens: string;
  /** First day (yyyy-mm-dd); a year runs 365 days from it. */
  start?: string;
  demissionair?: boolean;
  /** Every day of the week, instead of the default schedule: Monday to Friday without public holidays. */
  everyDay?: boolean;
  personKey?: string;
}

export interface DayPick {
  date: string;
  prompt: Prompt;
}

export interface YearFigures {
  days: number;
  /** Share of the days whose prompt was written for the person's own kind of work. */
  ownWorkShare: number;
  /** Days whose prompt the person already saw within the 90 (120) days before. */
  repeatsWithin90: number;
  repeatsWithin120: number;
  /** Share of the days whose prompt may not have played ("speelde vandaag niet"). */
  conditionalShare: number;
  /** Share of the days whose prompt, in the person's vocabulary, says "vandaag". */
  todayShare: number;
  /** How many more days the most asked paradox had than the least asked one. */
  paradoxSpread: number;
}

/** Every profile the settings card allows with one kind of work: layer × kind of work × leads people or not. */
export const SINGLE_KIND_PROFILES: readonly WorkProfile[] = LAYERS.flatMap((layer) =>
  KINDS_OF_WORK.flatMap((kind) => [false, true].map((leadsPeople) => ({ layer, kindsOfWork: [kind], leadsPeople }))),
);

const DAY_MS = 86_400_000;

export function simulateYear(library: ContentLibrary, profile: WorkProfile, options: YearOptions): DayPick[] {
  const start = options.start ?? '2026-01-01';
  const personKey = options.personKey ?? `${profile.layer}|${profile.kindsOfWork.join('+')}|${String(profile.leadsPeople)}|${options.lens}`;
  let history: PromptSeen[] = [];
  const picks: DayPick[] = [];
  for (let offset = 0; offset < 365; offset += 1) {
    const date = new Date(Date.parse(`${start}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
    if (!options.everyDay && !isWorkingDay(date)) continue;
    const prompt = pickPrompt(library, {
      personKey,
      date,
      history,
      lens: options.lens,
      profile,
      ...(options.demissionair === true ? { demissionair: true } : {}),
    });
    const seen = { promptId: prompt.id, localDate: date };
    // The history the profile keeps, trimmed as the product trims it.
    history = rememberPick(library, history, seen, options.lens, undefined, profile);
    picks.push({ date, prompt });
  }
  return picks;
}

export function yearFigures(picks: readonly DayPick[], profile: WorkProfile): YearFigures {
  const lastShown = new Map<string, number>();
  let repeatsWithin90 = 0;
  let repeatsWithin120 = 0;
  for (const { date, prompt } of picks) {
    const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    const earlier = lastShown.get(prompt.id);
    if (earlier !== undefined && day - earlier < 90) repeatsWithin90 += 1;
    if (earlier !== undefined && day - earlier < 120) repeatsWithin120 += 1;
    lastShown.set(prompt.id, day);
  }
  const share = (test: (prompt: Prompt) => boolean): number => (picks.length === 0 ? 0 : picks.filter(({ prompt }) => test(prompt)).length / picks.length);
  return {
    days: picks.length,
    ownWorkShare: share((prompt) => writtenForOwnWork(prompt, profile)),
    repeatsWithin90,
    repeatsWithin120,
    conditionalShare: share((prompt) => prompt.conditional),
    todayShare: share((prompt) => saysToday(promptTextFor(prompt, profile.layer, 'nl'))),
    paradoxSpread: spreadOf(picks.map(({ prompt }) => prompt.paradoxId)),
  };
}

/** True when a Dutch prompt text is about "vandaag". */
export function saysToday(text: string): boolean {
  return /\bvandaag\b/i.test(text);
}

function spreadOf(paradoxIds: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const paradoxId of paradoxIds) counts.set(paradoxId, (counts.get(paradoxId) ?? 0) + 1);
  return counts.size === 0 ? 0 : Math.max(...counts.values()) - Math.min(...counts.values());
}

function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isDutchHoliday(date);
}
