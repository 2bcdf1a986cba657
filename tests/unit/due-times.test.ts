import { DateTime } from 'luxon';
import { isValidLocalTime, isValidTimeZone, localDateOf } from '../../src/domain/due-times';
import { nextPromptAt, nextSummaryAt } from '../../src/domain/due-times';
import { defaultSettings, type PersonSettings } from '../../src/domain/person-settings';

const everyDay: PersonSettings['days'] = [1, 2, 3, 4, 5, 6, 7];
// Easter 2027 is on 28 March, the spring-forward day itself, so DST tests must not skip holidays.
const night = (time: string): Partial<PersonSettings> => ({ days: everyDay, time, skipHolidays: false });
const settings = (overrides: Partial<PersonSettings> = {}): PersonSettings =>
  ({ ...defaultSettings('Europe/Amsterdam', 'nl'), ...overrides });
const iso = (instant: Date | undefined): string | undefined => instant?.toISOString();
const promptAfter = (now: string, overrides: Partial<PersonSettings> = {}): string | undefined =>
  iso(nextPromptAt(settings(overrides), now));
const summaryAfter = (now: string, overrides: Partial<PersonSettings> = {}): string | undefined =>
  iso(nextSummaryAt(settings(overrides), now));

describe('next prompt across daylight saving time in Europe/Amsterdam', () => {
  it('when 02:30 falls in the spring-forward gap (29 March 2026), then the prompt fires at 03:00', () => {
    expect(promptAfter('2026-03-28T23:30:00Z', night('02:30'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('when 02:00 is the very start of the gap (28 March 2027), then the prompt fires at 03:00', () => {
    expect(promptAfter('2027-03-27T23:30:00Z', night('02:00'))).toBe('2027-03-28T01:00:00.000Z');
  });

  it('when 02:30 occurs twice on 25 October 2026, then the prompt fires at the first one', () => {
    expect(promptAfter('2026-10-24T22:00:00Z', night('02:30'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('when the first 02:30 of 31 October 2027 has passed, then the repeated 02:30 does not fire again', () => {
    expect(promptAfter('2027-10-31T00:30:00Z', night('02:30'))).toBe('2027-11-01T01:30:00.000Z');
  });

  it('when the clocks go forward over the weekend, then Monday still fires at 16:00 local', () => {
    expect(promptAfter('2026-03-27T10:00:00Z')).toBe('2026-03-27T15:00:00.000Z');
    expect(promptAfter('2026-03-27T16:00:00Z')).toBe('2026-03-30T14:00:00.000Z');
  });

  it('when Easter 2027 falls on the spring-forward day and holidays are skipped, then Tuesday is next', () => {
    expect(promptAfter('2027-03-27T23:30:00Z', { days: everyDay, time: '02:00' })).toBe('2027-03-30T00:00:00.000Z');
  });

  it('when the clocks go back over the weekend, then Monday still fires at 16:00 local', () => {
    expect(promptAfter('2026-10-23T15:00:00Z')).toBe('2026-10-26T15:00:00.000Z');
  });
});

describe('next prompt on chosen days, holidays and pauses', () => {
  it('when now is exactly the prompt time, then the next prompt is the following chosen day', () => {
    expect(promptAfter('2026-06-08T14:00:00Z')).toBe('2026-06-09T14:00:00.000Z');
  });

  it('when Friday’s prompt has passed, then the weekend is skipped until Monday', () => {
    expect(iso(nextPromptAt(settings(), new Date('2026-06-05T15:00:00Z')))).toBe('2026-06-08T14:00:00.000Z');
  });

  it.each([
    ['Goede Vrijdag and Tweede Paasdag 2026 (Easter 5 April)', '2026-04-02T15:00:00Z', '2026-04-07T14:00:00.000Z'],
    ['Hemelvaartsdag 2026 (Thursday 14 May)', '2026-05-13T15:00:00Z', '2026-05-15T14:00:00.000Z'],
    ['Tweede Pinksterdag 2026 (Monday 25 May)', '2026-05-22T15:00:00Z', '2026-05-26T14:00:00.000Z'],
  ])('when a chosen day is %s, then it is skipped', (_holiday, now, expected) => {
    expect(promptAfter(now)).toBe(expected);
  });

  it('when holiday skipping is off, then Goede Vrijdag gets a prompt', () => {
    expect(promptAfter('2026-04-02T15:00:00Z', { skipHolidays: false })).toBe('2026-04-03T14:00:00.000Z');
  });

  it('when a Saturday person meets Koningsdag 2025 on Saturday 26 April, then it is skipped', () => {
    expect(promptAfter('2025-04-20T12:00:00Z', { days: [6], time: '10:00' })).toBe('2025-05-03T08:00:00.000Z');
  });

  it('when paused until Wednesday, then the next prompt is on Thursday', () => {
    expect(promptAfter('2026-06-08T08:00:00Z', { pausedUntil: '2026-06-10' })).toBe('2026-06-11T14:00:00.000Z');
  });

  it('when paused beyond the search horizon, then prompts resume the first chosen day after the pause', () => {
    expect(promptAfter('2026-06-08T08:00:00Z', { pausedUntil: '2028-01-01' })).toBe('2028-01-03T15:00:00.000Z');
  });

  it('when no days are chosen, or the time or zone is invalid, then nothing is scheduled', () => {
    expect(promptAfter('2026-06-08T08:00:00Z', { days: [] })).toBeUndefined();
    expect(promptAfter('2026-06-08T08:00:00Z', { time: '25:00' })).toBeUndefined();
    expect(promptAfter('2026-06-08T08:00:00Z', { timeZone: 'Mars/Olympus' })).toBeUndefined();
  });

  it('when now is not an instant, then it is refused loudly', () => {
    expect(() => nextPromptAt(settings(), 'yesterday')).toThrow(RangeError);
  });
});

describe('next prompt in other time zones', () => {
  it('when a person in New York has passed the US spring-forward, then Monday fires at 09:00 EDT', () => {
    const newYork = { timeZone: 'America/New_York', time: '09:00' };
    expect(promptAfter('2026-03-06T15:00:00Z', newYork)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('when 02:30 falls in the New York gap on 8 March 2026, then the prompt fires at 03:00 EDT', () => {
    const newYork = { ...night('02:30'), timeZone: 'America/New_York' };
    expect(promptAfter('2026-03-08T05:00:00Z', newYork)).toBe('2026-03-08T07:00:00.000Z');
  });

  it('when it is Sunday evening in Tokyo, then Monday 08:00 JST is still Sunday in UTC', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', time: '08:00' };
    expect(promptAfter('2026-06-07T12:00:00Z', tokyo)).toBe('2026-06-07T23:00:00.000Z');
  });
});

describe('next weekly summary', () => {
  it('when it is Monday, then the summary is on Friday at 16:30 local', () => {
    expect(summaryAfter('2026-06-08T08:00:00Z')).toBe('2026-06-12T14:30:00.000Z');
  });

  it('when Friday is Goede Vrijdag, then the summary still comes', () => {
    expect(summaryAfter('2026-04-01T08:00:00Z')).toBe('2026-04-03T14:30:00.000Z');
  });

  it('when paused over the summary day, then the summary keeps its time: whether it comes is decided at the send', () => {
    expect(summaryAfter('2026-06-08T08:00:00Z', { pausedUntil: '2026-06-12' })).toBe('2026-06-12T14:30:00.000Z');
  });

  it('when the summary is on Sunday in Tokyo, then it fires at that local time', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', summaryDay: 7, summaryTime: '18:00' } as const;
    expect(summaryAfter('2026-06-08T08:00:00Z', tokyo)).toBe('2026-06-14T09:00:00.000Z');
  });

  it('when no prompt days are chosen, then the summary is still scheduled', () => {
    expect(summaryAfter('2026-06-08T08:00:00Z', { days: [] })).toBe('2026-06-12T14:30:00.000Z');
  });
});

describe('local dates and validation', () => {
  it('when an instant is late evening in UTC, then its local date in Tokyo or Amsterdam is the next day', () => {
    expect(localDateOf(new Date('2026-06-07T23:00:00Z'), 'Asia/Tokyo')).toBe('2026-06-08');
    expect(localDateOf(new Date('2026-06-07T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-06-08');
    expect(localDateOf(new Date('2026-06-07T22:30:00Z'), 'America/New_York')).toBe('2026-06-07');
  });

  it('when a zone is an IANA name, then it is valid; otherwise not', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('when a time is HH:mm on a 24-hour clock, then it is valid; otherwise not', () => {
    expect(['00:00', '09:05', '23:59'].every(isValidLocalTime)).toBe(true);
    expect(['24:00', '9:00', '12:60', '12:00:00', ''].some(isValidLocalTime)).toBe(false);
  });
});

describe('local dates', () => {
  it.each(['Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC'])(
    'when instants over three years are expressed in %s, then the date is the one luxon gives',
    (zone) => {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3600_000 + 17 * 60_000) {
        expect(localDateOf(new Date(t), zone)).toBe(DateTime.fromMillis(t, { zone }).toISODate());
      }
    },
  );

  it('when the zone is unknown, then it is refused', () => {
    expect(() => localDateOf(new Date(), 'Mars/Base')).toThrow(RangeError);
  });
});
