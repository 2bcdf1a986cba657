import { RECESS_MOMENTS, type CalendarMoment, type RecessMoment, type RecessPeriod } from '../content/types';

/**
 * The political-administrative year, as date windows (yyyy-mm-dd, both ends included), meant for
 * choosing a fitting question, not for planning. Dates that move are computed: Verantwoordingsdag
 * is the third Wednesday of May, Prinsjesdag the third Tuesday of September. The Kamer sets its
 * recesses each year: their dates come from the published periods in the content
 * (`recesses.json`), and only for a year without one from a rule (summer: first Friday of July to
 * the first Monday of September; Christmas: the Friday before Christmas to the second Monday of
 * January), which has been a week off in some years.
 */
export interface DateWindow {
  start: string;
  end: string;
  /**
   * Where the dates come from: `published` recess dates, an `estimate` by the rule for a recess
   * the content does not list (the caller logs it), or a `rule` that is the moment's definition.
   */
  source: 'published' | 'estimate' | 'rule';
}

/** The window of a moment that starts in `year`. The Christmas texts look back on the year, so their window ends on 31 December. */
export function windowOf(moment: CalendarMoment, year: number, recesses: readonly RecessPeriod[] = []): DateWindow {
  switch (moment) {
    case 'voorjaarsnota':
      // Cabinet decisions in spring; the Voorjaarsnota reaches the Kamer before 1 June.
      return { start: iso(year, 4, 1), end: iso(year, 6, 1), source: 'rule' };
    case 'verantwoordingsdag': {
      const day = verantwoordingsdag(year);
      return { start: addDays(day, -7), end: addDays(day, 2), source: 'rule' };
    }
    case 'prinsjesdag': {
      const day = prinsjesdag(year);
      return { start: addDays(day, -14), end: addDays(day, 1), source: 'rule' };
    }
    case 'begrotingsbehandeling':
      // From the week after Prinsjesdag until the Tweede Kamer has dealt with the budgets, before Christmas.
      return { start: addDays(prinsjesdag(year), 2), end: iso(year, 12, 15), source: 'rule' };
    case 'zomerreces':
      return recessOf('zomerreces', year, recesses);
    case 'kerstreces': {
      const recess = recessOf('kerstreces', year, recesses);
      const newYearsEve = iso(year, 12, 31);
      return { ...recess, end: recess.end < newYearsEve ? recess.end : newYearsEve };
    }
  }
}

/** The window of the moment that holds `date` (its own year's, or for windows crossing New Year the year before's); undefined outside. */
export function windowAt(moment: CalendarMoment, date: string, recesses: readonly RecessPeriod[] = []): DateWindow | undefined {
  const year = Number(date.slice(0, 4));
  return [year, year - 1].map((start) => windowOf(moment, start, recesses)).find((window) => window.start <= date && date <= window.end);
}

/** True when the date falls in the moment's window. */
export function isInWindow(moment: CalendarMoment, date: string, recesses: readonly RecessPeriod[] = []): boolean {
  return windowAt(moment, date, recesses) !== undefined;
}

/** The whole recess that starts in `year`: as published when the content lists it, otherwise estimated by the rule. */
export function recessOf(moment: RecessMoment, year: number, recesses: readonly RecessPeriod[] = []): DateWindow {
  const published = recesses.find((recess) => recess.moment === moment && recess.start.startsWith(`${year}-`));
  if (published !== undefined) return { start: published.start, end: published.end, source: 'published' };
  return moment === 'zomerreces'
    ? { start: nthWeekday(year, 7, FRIDAY, 1), end: nthWeekday(year, 9, MONDAY, 1), source: 'estimate' }
    : { start: fridayBeforeChristmas(year), end: nthWeekday(year + 1, 1, MONDAY, 2), source: 'estimate' };
}

/** The recesses of `year` the content does not list, so the rule estimates them (what an operator should add). */
export function estimatedRecesses(year: number, recesses: readonly RecessPeriod[]): RecessMoment[] {
  return RECESS_MOMENTS.filter((moment) => recessOf(moment, year, recesses).source === 'estimate');
}

/** Third Tuesday of September. */
export function prinsjesdag(year: number): string {
  return nthWeekday(year, 9, TUESDAY, 3);
}

/** Third Wednesday of May. */
export function verantwoordingsdag(year: number): string {
  return nthWeekday(year, 5, WEDNESDAY, 3);
}

const MONDAY = 1;
const TUESDAY = 2;
const WEDNESDAY = 3;
const FRIDAY = 5;

/** The n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  return iso(year, month, day);
}

/** The last Friday on or before 24 December. */
function fridayBeforeChristmas(year: number): string {
  const weekday = new Date(Date.UTC(year, 11, 24)).getUTCDay();
  return iso(year, 12, 24 - ((weekday - FRIDAY + 7) % 7));
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return iso(year ?? 0, month ?? 1, (day ?? 1) + days);
}
