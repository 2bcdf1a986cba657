import { rolesOf } from '../content/library-lookup';
import { CALENDAR_MOMENTS, type CalendarMoment, type ContentLibrary, type Prompt } from '../content/types';
import { DEFAULT_PROFILE, fitsProfile, type WorkProfile } from './content-fit';
import { windowAt, type DateWindow } from './political-calendar';

/** One earlier daily prompt of a person. */
export interface PromptSeen {
  promptId: string;
  /** The person's local date of that prompt (yyyy-mm-dd). */
  localDate: string;
}

interface PickPromptInput {
  /** Stable, pseudonymous key of the person; seeds the choice so each person gets their own order. */
  personKey: string;
  /** The person's local date to pick for (yyyy-mm-dd). */
  date: string;
  /**
   * Earlier prompts, in any order. Pass the whole history: cycles are counted from the first
   * entry. Entries on or after `date` are ignored, so picking again for a day gives the same prompt.
   */
  history: readonly PromptSeen[];
  /** The person's lens; prompts with a role perspective are only picked for roles of this lens. */
  lens: string;
  /** Prompts not to pick now: an extra question skips the ones already asked that day (unless nothing else fits). */
  skip?: readonly string[];
  /** Ask for a prompt from this role's perspective (the weekly nudge), even outside the lens. */
  preferRoleId?: string;
  /** Layer, kinds of work and whether the person leads people; only fitting prompts are picked. Default: Rijk, beleid, no team. */
  profile?: WorkProfile;
  /** True while the cabinet is demissionair (a setting): prompts written for that period fit, and come first. */
  demissionair?: boolean;
}

/** A prompt is not shown again within this many days while a fresh prompt remains. */
export const REPEAT_FREE_DAYS = 120;

/** A prompt tagged for at most this many kinds of work was written for them; one tagged for more is general. */
export const WRITTEN_FOR_AT_MOST = 2;

/** True when the prompt was written for (one of) the person's own kinds of work, not for public work in general. */
export function writtenForOwnWork(prompt: Prompt, profile: WorkProfile): boolean {
  return prompt.work.length <= WRITTEN_FOR_AT_MOST && prompt.work.some((kind) => profile.kindsOfWork.includes(kind));
}

/**
 * Picks today's prompt. Paradoxes come round in cycles: each cycle (as many picks as there are
 * paradoxes) visits every paradox once, in an order seeded by person and date. Within a paradox
 * the pick prefers a moment of the political year while it lasts, then a prompt written for the
 * person's own kind of work, then any other, never one seen in the last 120 days. When no paradox
 * still open in the cycle has a fresh prompt, a fresh one from another paradox is an extra pick
 * (the cycle waits), so nothing repeats while the person's prompts last; only then does the least
 * recently seen come back. When `preferRoleId` is set, a fresh prompt of that role wins; it stays
 * inside the cycle when it can, and otherwise is an extra pick that later cycle counting skips.
 */
export function pickPrompt(library: ContentLibrary, input: PickPromptInput): Prompt {
  const today = dayNumber(input.date);
  const profile = input.profile ?? DEFAULT_PROFILE;
  const fitting = fittingPrompts(library, input.lens, profile);
  const windows = new Map(CALENDAR_MOMENTS.map((moment) => [moment, windowAt(moment, input.date, library.recesses)]));
  const timely = (prompt: Prompt): boolean =>
    (prompt.calendar === undefined || windows.get(prompt.calendar) !== undefined) &&
    (prompt.demissionair !== true || input.demissionair === true);
  const skipped = new Set(input.skip);
  const candidates = (prompts: Prompt[]): Prompt[] => {
    const others = prompts.filter((prompt) => !skipped.has(prompt.id));
    return others.length > 0 ? others : prompts;
  };
  const inLens = candidates(fitting.filter(timely));
  const preferred = candidates(
    library.prompts.filter((prompt) => prompt.roleId !== undefined && prompt.roleId === input.preferRoleId && fitsProfile(prompt, profile) && timely(prompt)),
  );
  const eligible = [...inLens, ...preferred.filter((prompt) => !inLens.includes(prompt))];
  if (eligible.length === 0) throw new RangeError(`no prompt fits lens "${input.lens}" and this profile`);

  const earlier = earlierPicks(library, input);
  const lastSeenDay = new Map(earlier.map((pick) => [pick.prompt.id, pick.day]));
  const isFresh = (prompt: Prompt): boolean => today - (lastSeenDay.get(prompt.id) ?? -Infinity) >= REPEAT_FREE_DAYS;
  const open = openParadoxes(earlier.map((pick) => pick.prompt), cycleParadoxesOf(fitting));
  const inOpen = (prompt: Prompt): boolean => open.has(prompt.paradoxId);
  const fresh = inLens.filter(isFresh);
  const seasonal = fresh.filter((prompt) => prompt.calendar !== undefined || prompt.demissionair === true);
  const seed = `${input.personKey}|${input.date}`;

  const closing = closingSoon(seasonal, input.date, windows);
  const tiers = [
    preferred.filter((prompt) => inOpen(prompt) && isFresh(prompt)),
    preferred.filter(isFresh),
    // A moment's texts that cannot all wait for their paradox's turn before the window closes:
    // in their paradox's turn when one is open, otherwise as an extra pick.
    closing.filter(inOpen),
    closing,
    // A moment of the political year (or a demissionair cabinet) comes first while it lasts, as
    // the pick for its paradox in the current cycle, so every paradox still comes round once.
    seasonal.filter(inOpen),
    fresh.filter((prompt) => inOpen(prompt) && writtenForOwnWork(prompt, profile)),
    fresh.filter(inOpen),
    fresh,
  ];
  for (const tier of tiers) {
    const pick = chooseSeeded(tier, lastSeenDay, seed);
    if (pick !== undefined) return pick;
  }
  const stale = inLens.filter(inOpen);
  return leastRecentlySeen(stale.length > 0 ? stale : eligible, lastSeenDay, seed);
}

/**
 * The fresh texts of the calendar moment that closes first, when they are at least as many as the
 * working days left in its window: waiting for their paradox's turn would leave one unshown.
 */
function closingSoon(seasonal: readonly Prompt[], date: string, windows: ReadonlyMap<string, DateWindow | undefined>): Prompt[] {
  const byEnd = new Map<string, Prompt[]>();
  for (const prompt of seasonal) {
    const window = prompt.calendar === undefined ? undefined : windows.get(prompt.calendar);
    if (window !== undefined) byEnd.set(window.end, [...(byEnd.get(window.end) ?? []), prompt]);
  }
  const [end, prompts] = [...byEnd.entries()].sort(([a], [b]) => compareDates(a, b))[0] ?? ['', []];
  return prompts.length > 0 && prompts.length >= workingDaysFrom(date, end) ? prompts : [];
}

/** Monday to Friday from `from` to `to`, both included; today always counts, as the person is being asked today. */
function workingDaysFrom(from: string, to: string): number {
  let count = 1;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) {
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/**
 * The recess a calendar prompt was picked in, when its dates were estimated by the rule because
 * the content lacks that year: the caller logs it, so an operator knows to add the published dates.
 */
export function estimatedRecessOf(library: ContentLibrary, prompt: Prompt, date: string): { moment: CalendarMoment; year: string } | undefined {
  if (prompt.calendar === undefined) return undefined;
  const window = windowAt(prompt.calendar, date, library.recesses);
  return window?.source === 'estimate' ? { moment: prompt.calendar, year: window.start.slice(0, 4) } : undefined;
}

/** Prompts of the lens (or without a role) that fit the profile, whatever the date. */
export function fittingPrompts(library: ContentLibrary, lens: string, profile: WorkProfile = DEFAULT_PROFILE): Prompt[] {
  const lensRoleIds = new Set(rolesOf(library, lens).map((role) => role.id));
  return library.prompts.filter((prompt) => (prompt.roleId === undefined || lensRoleIds.has(prompt.roleId)) && fitsProfile(prompt, profile));
}

/**
 * The paradoxes a cycle visits: those with a fitting prompt for every day of the year, so the
 * cycle does not change shape when a calendar window opens or closes.
 */
function cycleParadoxesOf(fitting: readonly Prompt[]): Set<string> {
  return new Set(fitting.filter((prompt) => prompt.calendar === undefined && prompt.demissionair !== true).map((prompt) => prompt.paradoxId));
}

/** Earlier picks still in the library, oldest first (same-day entries keep their given order). */
function earlierPicks(library: ContentLibrary, input: PickPromptInput): { prompt: Prompt; day: number }[] {
  const byId = new Map(library.prompts.map((prompt) => [prompt.id, prompt]));
  return input.history
    .filter((seen) => isDate(seen.localDate) && seen.localDate < input.date)
    .map((seen, order) => ({ seen, order }))
    .sort((a, b) => compareDates(a.seen.localDate, b.seen.localDate) || a.order - b.order)
    .flatMap(({ seen }) => {
      const prompt = byId.get(seen.promptId);
      return prompt === undefined ? [] : [{ prompt, day: dayNumber(seen.localDate) }];
    });
}

/**
 * The paradoxes the current cycle has not visited yet. Cycles are rebuilt from the history: a
 * pick whose paradox the cycle already holds was an extra (a role nudge) and does not count.
 */
function openParadoxes(earlier: readonly Prompt[], cycleParadoxes: ReadonlySet<string>): Set<string> {
  const visited = walkCycles(earlier, cycleParadoxes, () => undefined);
  return new Set([...cycleParadoxes].filter((paradoxId) => !visited.has(paradoxId)));
}

/** Walks the picks cycle by cycle, calling `onCycleEnd` after the pick that completes one; returns the open cycle's visits. */
function walkCycles(picks: readonly (Prompt | undefined)[], cycleParadoxes: ReadonlySet<string>, onCycleEnd: (index: number) => void): Set<string> {
  let visited = new Set<string>();
  picks.forEach((prompt, index) => {
    if (!prompt || !cycleParadoxes.has(prompt.paradoxId) || visited.has(prompt.paradoxId)) return;
    visited.add(prompt.paradoxId);
    if (visited.size === cycleParadoxes.size) {
      visited = new Set();
      onCycleEnd(index);
    }
  });
  return visited;
}

/**
 * The history in the order the rotation reads it (by date, ties in given order), and after
 * which entries a cycle was complete. History before such a point can be dropped without
 * moving later cycles: counting from there gives the same cycles as counting from the start.
 */
export function cycleEnds(
  library: ContentLibrary,
  history: readonly PromptSeen[],
  lens: string,
  profile: WorkProfile = DEFAULT_PROFILE,
): { ordered: PromptSeen[]; ends: number[] } {
  const ordered = history
    .map((seen, order) => ({ seen, order }))
    .sort((a, b) => compareDates(a.seen.localDate, b.seen.localDate) || a.order - b.order)
    .map(({ seen }) => seen);
  const byId = new Map(library.prompts.map((prompt) => [prompt.id, prompt]));
  const cycleParadoxes = cycleParadoxesOf(fittingPrompts(library, lens, profile));
  const ends: number[] = [];
  walkCycles(ordered.map((seen) => byId.get(seen.promptId)), cycleParadoxes, (index) => ends.push(index + 1));
  return { ordered, ends };
}

/** Seeded choice: first a paradox (so each comes round evenly), then a prompt, never-seen first. */
function chooseSeeded(candidates: readonly Prompt[], lastSeen: ReadonlyMap<string, number>, seed: string): Prompt | undefined {
  const paradoxIds = [...new Set(candidates.map((prompt) => prompt.paradoxId))];
  const paradoxId = seededItem(paradoxIds, `${seed}|paradox`);
  const inParadox = candidates.filter((prompt) => prompt.paradoxId === paradoxId);
  const neverSeen = inParadox.filter((prompt) => !lastSeen.has(prompt.id));
  return seededItem(neverSeen.length > 0 ? neverSeen : inParadox, `${seed}|prompt`);
}

function leastRecentlySeen(candidates: readonly Prompt[], lastSeenDay: ReadonlyMap<string, number>, seed: string): Prompt {
  const dayOf = (prompt: Prompt): number => lastSeenDay.get(prompt.id) ?? -Infinity;
  const oldest = Math.min(...candidates.map(dayOf));
  const pick = seededItem(
    candidates.filter((prompt) => dayOf(prompt) === oldest),
    `${seed}|stale`,
  );
  if (pick === undefined) throw new RangeError('no prompt to pick');
  return pick;
}

function seededItem<T>(items: readonly T[], key: string): T | undefined {
  return items.length === 0 ? undefined : items[fnv1a(key) % items.length];
}

/** FNV-1a, 32 bit: a small, stable hash so the same person and date always give the same pick. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return DATE_PATTERN.test(value);
}

/** Days since 1970-01-01 for a calendar date; arithmetic on dates, not on instants, so no zone applies. */
function dayNumber(date: string): number {
  if (!isDate(date)) throw new RangeError(`date must be yyyy-mm-dd, got "${date}"`);
  // Sliced rather than split: the rotation reads every remembered date on every pick.
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** Orders yyyy-mm-dd dates; plain comparison, as localeCompare is slow and these are not words. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
