import type { CalendarMoment } from '../content/types';

/**
 * The political-administrative year, as date windows (yyyy-mm-dd, both ends included). Dates that
 * move are computed: Verantwoordingsdag is the third Wednesday of May, Prinsjesdag the third
 * Tuesday of September. The Kamer sets its recesses each year; the windows here follow the usual
 * pattern (summer: first Friday of July to the first Monday of September; Christmas: the Friday
 * before Christmas to the second Monday of January) and are meant for choosing a fitting
 * question, not for planning.
 */
export interface DateWindow {
  start: string;
  end: string;
}

/** The window of a moment that starts in `year` (the Christmas recess ends in the next year). */
export function windowOf(moment: CalendarMoment, year: number): DateWindow {
  switch (moment) {
    case 'voorjaarsnota':
      // Cabinet decisions in spring; the Voorjaarsnota reaches the Kamer before 1 June.
      return { start: iso(year, 4, 1), end: iso(year, 6, 1) };
    case 'verantwoordingsdag': {
      const day = verantwoordingsdag(year);
      return { start: addDays(day, -7), end: addDays(day, 2) };
    }
    case 'prinsjesdag': {
      const day = prinsjesdag(year);
      return { start: addDays(day, -14), end: addDays(day, 1) };
    }
    case 'begrotingsbehandeling':
      // From the week after Prinsjesdag until the Tweede Kamer has dealt with the budgets, before Christmas.
      return { start: addDays(prinsjesdag(year), 2), end: iso(year, 12, 15) };
    case 'zomerreces':
      return { start: nthWeekday(year, 7, FRIDAY, 1), end: nthWeekday(year, 9, MONDAY, 1) };
    case 'kerstreces':
      return { start: fridayBeforeChristmas(year), end: nthWeekday(year + 1, 1, MONDAY, 2) };
  }
}

/** True when the date falls in the moment's window of its own year or (for windows crossing New Year) of the year before. */
export function isInWindow(moment: CalendarMoment, date: string): boolean {
  const year = Number(date.slice(0, 4));
  return [year - 1, year].some((start) => {
    const window = windowOf(moment, start);
    return window.start <= date && date <= window.end;
  });
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
