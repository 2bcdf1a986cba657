import { localDateOf } from './due-times';

/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around new year. */
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a local date (yyyy-mm-dd). A calendar day has no zone and no DST, so
 * whole-day arithmetic on these numbers is exact; instants go through the zone (`weekStartOf`).
 * Plain numbers, because a summary does this dozens of times and each luxon object costs tens of µs.
 */
function dayNumber(localDate: string): number {
  const match = LOCAL_DATE.exec(localDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || dateOfDay(ms / DAY_MS) !== localDate) throw new RangeError(`invalid local date: ${localDate}`);
  return ms / DAY_MS;
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week a local date lies in: the week of its Thursday, counted in that Thursday's year. */
export function isoWeekOf(localDate: string): IsoWeek {
  const day = dayNumber(localDate);
  const thursday = day - isoWeekday(day) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1 };
}

/** "2026-W07": sorts in time order and names a week the same way in every language. */
export function isoWeekLabel(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** The Monday (yyyy-mm-dd) of the week holding `localDate`. */
export function weekStartOfDate(localDate: string): string {
  const day = dayNumber(localDate);
  return dateOfDay(day - isoWeekday(day) + 1);
}

/**
 * The Monday of the week `instant` falls in, read on the wall clock of `timeZone`:
 * Sunday 23:30 in Amsterdam is still that week, Monday 00:30 is the next.
 */
export function weekStartOf(instant: Date, timeZone: string): string {
  return weekStartOfDate(localDateOf(instant, timeZone));
}

/** The Sunday (yyyy-mm-dd) that ends the week starting on `weekStart`. */
export function weekEndOf(weekStart: string): string {
  return addDays(weekStart, 6);
}

/** The local date `days` later (or earlier, when negative). */
export function addDays(localDate: string, days: number): string {
  return dateOfDay(dayNumber(localDate) + days);
}

/** The Monday `weeks` later (or earlier, when negative). */
export function addWeeks(weekStart: string, weeks: number): string {
  return addDays(weekStart, weeks * 7);
}
