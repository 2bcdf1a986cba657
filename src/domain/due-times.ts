import { DateTime, Info } from 'luxon';
import { isDutchHoliday } from './holidays';
import type { PersonSettings } from './person-settings';

/** Far enough to pass any holiday cluster and a year of weekly summaries, small enough to stay cheap. */
const SEARCH_DAYS = 400;
const MINUTE_MS = 60_000;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const validZones = new Map<string, boolean>();

/** Whether `zone` is an IANA time zone name that the runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  // Asking Intl costs most of a millisecond; a fan-out asks about the same few zones.
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  const valid = Info.isValidIANAZone(zone);
  if (validZones.size < 1000) validZones.set(zone, valid);
  return valid;
}

/** Whether `time` is a 24-hour local wall-clock time "HH:mm". */
export function isValidLocalTime(time: string): boolean {
  return LOCAL_TIME.test(time);
}

/** The local calendar date (yyyy-mm-dd) of `instant` in `timeZone`; throws on an invalid zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  // Every card click asks this: a formatter kept per zone is about twice as cheap as a luxon DateTime.
  const parts = dateFormatOf(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`cannot express ${String(instant)} in zone ${timeZone}`);
  return date;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatOf(timeZone: string): Intl.DateTimeFormat {
  const known = dateFormats.get(timeZone);
  if (known) return known;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'iso8601', numberingSystem: 'latn' });
  if (dateFormats.size < 1000) dateFormats.set(timeZone, format);
  return format;
}

/**
 * The next daily prompt strictly after `now`: on one of `days`, at `time` in `timeZone`,
 * never on or before `pausedUntil`, and not on a Dutch public holiday when `skipHolidays`.
 * Undefined when nothing can be scheduled (no days chosen, or invalid time or zone).
 */
export function nextPromptAt(settings: PersonSettings, now: Date | string): Date | undefined {
  const days = new Set<number>(settings.days);
  return nextOccurrence(settings, settings.time, now, (date) => {
    if (!days.has(date.weekday)) return false;
    return !(settings.skipHolidays && isDutchHoliday(isoDateOf(date)));
  });
}

/**
 * The next weekly summary strictly after `now`: on `summaryDay` at `summaryTime`. Neither holidays
 * nor a pause move it: the summary is a look back at what was done, not a request for work. In a
 * pause only a week with answers gets one (the send checks, src/scheduler/send-due-summary.ts).
 */
export function nextSummaryAt(settings: PersonSettings, now: Date | string): Date | undefined {
  const { pausedUntil: _stillSummedUp, ...unpaused } = settings;
  return nextOccurrence(unpaused, settings.summaryTime, now, (date) => date.weekday === settings.summaryDay);
}

/** Scans local dates from yesterday, or from the end of the pause; the first eligible one after `now` wins. */
function nextOccurrence(
  settings: PersonSettings,
  time: string,
  now: Date | string,
  isEligible: (date: DateTime) => boolean,
): Date | undefined {
  const { timeZone, pausedUntil } = settings;
  const match = LOCAL_TIME.exec(time);
  if (match === null || !isValidTimeZone(timeZone)) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const nowMs = toMillis(now);
  // A day early: around a fall-back at midnight the local date can step back.
  let first = DateTime.fromMillis(nowMs, { zone: timeZone }).startOf('day').minus({ days: 1 });
  if (pausedUntil !== undefined) {
    const dayAfterPause = DateTime.fromISO(pausedUntil, { zone: timeZone }).startOf('day').plus({ days: 1 });
    if (dayAfterPause.isValid && dayAfterPause > first) first = dayAfterPause;
  }
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const date = first.plus({ days: offset });
    if (!isEligible(date)) continue;
    const at = wallClockInstant(date, hour, minute);
    if (at > nowMs) return new Date(at);
  }
  return undefined;
}

function toMillis(now: Date | string): number {
  // A string without an offset is read as UTC, never in the host's zone.
  const parsed = typeof now === 'string' ? DateTime.fromISO(now, { zone: 'utc' }) : DateTime.fromJSDate(now);
  if (!parsed.isValid) throw new RangeError(`invalid instant: ${String(now)}`);
  return parsed.toMillis();
}

function isoDateOf(date: DateTime): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The first instant on `date` whose local clock reads hour:minute or later.
 * Luxon alone would move a time in the spring-forward gap past the gap (02:30 → 03:30) and pick
 * the later of two repeated autumn readings; we want the end of the gap (03:00) and the first one.
 */
function wallClockInstant(date: DateTime, hour: number, minute: number): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const offsets = [date.startOf('day').offset, date.endOf('day').offset].map((o) => o * MINUTE_MS);
  const readings = offsets
    .map((offset) => wallAsUtc - offset)
    .filter((ms) => {
      const local = DateTime.fromMillis(ms, { zone: date.zone });
      return local.day === date.day && local.hour === hour && local.minute === minute;
    })
    .sort((a, b) => a - b);
  const earliest = readings[0];
  if (earliest !== undefined) return earliest;
  // In the gap: the transition lies between the two readings; find it to the minute.
  const offsetAfter = date.endOf('day').offset;
  let lo = wallAsUtc - Math.max(...offsets);
  let hi = wallAsUtc - Math.min(...offsets);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (DateTime.fromMillis(mid, { zone: date.zone }).offset === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
}
