import { DateTime } from 'luxon';

/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around new year. */
  year: number;
  week: number;
}

/** Parses a local date (yyyy-mm-dd) without any zone: a calendar day, not an instant. */
function calendarDay(localDate: string): DateTime {
  const day = DateTime.fromISO(localDate, { zone: 'utc' });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(localDate)) throw new RangeError(`invalid local date: ${localDate}`);
  return day;
}

function isoDate(day: DateTime): string {
  return day.toFormat('yyyy-MM-dd');
}

/** The ISO week a local date lies in. */
export function isoWeekOf(localDate: string): IsoWeek {
  const day = calendarDay(localDate);
  return { year: day.weekYear, week: day.weekNumber };
}

/** "2026-W07": sorts in time order and names a week the same way in every language. */
export function isoWeekLabel(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** The Monday (yyyy-mm-dd) of the week holding `localDate`. */
export function weekStartOfDate(localDate: string): string {
  return isoDate(calendarDay(localDate).startOf('week'));
}

/**
 * The Monday of the week `instant` falls in, read on the wall clock of `timeZone`:
 * Sunday 23:30 in Amsterdam is still that week, Monday 00:30 is the next.
 */
export function weekStartOf(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`cannot express ${String(instant)} in zone ${timeZone}`);
  return weekStartOfDate(local.toISODate() ?? '');
}

/** The Sunday (yyyy-mm-dd) that ends the week starting on `weekStart`. */
export function weekEndOf(weekStart: string): string {
  return addDays(weekStart, 6);
}

/** The local date `days` later (or earlier, when negative). */
export function addDays(localDate: string, days: number): string {
  return isoDate(calendarDay(localDate).plus({ days }));
}

/** The Monday `weeks` later (or earlier, when negative). */
export function addWeeks(weekStart: string, weeks: number): string {
  return addDays(weekStart, weeks * 7);
}

/** The `count` Mondays before `weekStart`, most recent first. */
export function previousWeekStarts(weekStart: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addWeeks(weekStart, -(i + 1)));
}
