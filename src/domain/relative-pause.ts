import { DateTime } from 'luxon';

/**
 * A pause said in words ("tot volgende week", "2 weken", "tot maandag"): the day questions come
 * back, relative to the person's local today. The parser cannot know today; the pause command
 * resolves it with the clock and the person's time zone.
 */
export type RelativePause = { resume: 'nextWeek' } | { resume: 'weekday'; weekday: number } | { resume: 'inDays'; days: number };

const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const NUMBERS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
};

const UNIT_DAYS: Record<string, number> = { dag: 1, dagen: 1, day: 1, days: 1, week: 7, weken: 7, weeks: 7, maand: 30, maanden: 30, month: 30, months: 30 };

const PAUSE = '(?:pauze|pause|pauzeer|even pauze)';

/** The relative pause a normalised message names, if any. */
export function relativePauseOf(text: string): RelativePause | undefined {
  const t = text.replace(/[!?.,]+$/g, '').trim();
  if (new RegExp(`^${PAUSE}(?: (?:tot|until))? (?:volgende week|next week)$`).test(t)) return { resume: 'nextWeek' };
  if (new RegExp(`^${PAUSE} (?:tot|until) morgen$`).test(t) || new RegExp(`^${PAUSE} until tomorrow$`).test(t)) return { resume: 'inDays', days: 1 };
  const weekday = new RegExp(`^${PAUSE} (?:tot|until) ([a-z]+)$`).exec(t);
  const day = weekday?.[1] ? WEEKDAYS[weekday[1]] : undefined;
  if (day) return { resume: 'weekday', weekday: day };
  const period = new RegExp(`^${PAUSE}(?: (?:voor|for))? (\\d{1,3}|[a-zé]+) ([a-z]+)$`).exec(t);
  if (period?.[1] && period[2]) {
    const n = /^\d+$/.test(period[1]) ? Number(period[1]) : NUMBERS[period[1]];
    const unit = UNIT_DAYS[period[2]];
    if (n && unit && n * unit <= 366) return { resume: 'inDays', days: n * unit };
  }
  return undefined;
}

/**
 * The last paused day (yyyy-mm-dd, as `pausedUntil` stores it) for a pause said in words, given
 * the person's local today: questions come back on the named day.
 */
export function lastPausedDay(pause: RelativePause, today: string): string {
  const start = DateTime.fromISO(today, { zone: 'utc' });
  let resume: DateTime;
  if (pause.resume === 'inDays') resume = start.plus({ days: pause.days });
  else if (pause.resume === 'nextWeek') resume = start.plus({ days: 8 - start.weekday });
  else resume = start.plus({ days: ((pause.weekday - start.weekday + 6) % 7) + 1 });
  return resume.minus({ days: 1 }).toISODate() ?? today;
}
