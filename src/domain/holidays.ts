/**
 * Dutch public holidays, computed per year so the list never runs out.
 * Dates are local calendar dates (yyyy-mm-dd); no time zone is involved.
 */

interface Holiday {
  date: string;
  name: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** UTC midnight of a calendar date: plain date arithmetic without any local-time surprises. */
function utcDate(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDate(year, month, day);
}

/** Koningsdag moves to Saturday 26 April when 27 April is a Sunday (Wet viering Koningsdag). */
function koningsdag(year: number): number {
  const april27 = utcDate(year, 4, 27);
  const isSunday = new Date(april27).getUTCDay() === 0;
  return isSunday ? april27 - DAY_MS : april27;
}

/**
 * The Dutch public holidays of `year`, in calendar order.
 * Bevrijdingsdag is listed every year; whether it is a day off is up to the employer,
 * and people who work on it can switch holiday skipping off in their settings.
 */
export function dutchHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const relative = (days: number): number => easter + days * DAY_MS;
  const holidays: { at: number; name: string }[] = [
    { at: utcDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { at: relative(-2), name: 'Goede Vrijdag' },
    { at: easter, name: 'Eerste Paasdag' },
    { at: relative(1), name: 'Tweede Paasdag' },
    { at: koningsdag(year), name: 'Koningsdag' },
    { at: utcDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { at: relative(39), name: 'Hemelvaartsdag' },
    { at: relative(49), name: 'Eerste Pinksterdag' },
    { at: relative(50), name: 'Tweede Pinksterdag' },
    { at: utcDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { at: utcDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => x.at - y.at).map(({ at, name }) => ({ date: isoDate(at), name }));
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a local date (yyyy-mm-dd) is a Dutch public holiday; malformed input is not a holiday. */
export function isDutchHoliday(localDate: string): boolean {
  const match = LOCAL_DATE.exec(localDate);
  if (match === null) return false;
  const year = Number(match[1]);
  return dutchHolidays(year).some((holiday) => holiday.date === localDate);
}
