import { dutchHolidays, isDutchHoliday } from '../../src/domain/holidays';

const dateOf = (year: number, name: string): string | undefined =>
  dutchHolidays(year).find((holiday) => holiday.name === name)?.date;

describe('Dutch public holidays', () => {
  it('when the year is 2026, then the Easter-based holidays follow Easter on 5 April', () => {
    expect(dateOf(2026, 'Goede Vrijdag')).toBe('2026-04-03');
    expect(dateOf(2026, 'Eerste Paasdag')).toBe('2026-04-05');
    expect(dateOf(2026, 'Tweede Paasdag')).toBe('2026-04-06');
    expect(dateOf(2026, 'Hemelvaartsdag')).toBe('2026-05-14');
    expect(dateOf(2026, 'Eerste Pinksterdag')).toBe('2026-05-24');
    expect(dateOf(2026, 'Tweede Pinksterdag')).toBe('2026-05-25');
  });

  it('when Easter falls early or late, then the algorithm still finds it', () => {
    expect(dateOf(2008, 'Eerste Paasdag')).toBe('2008-03-23');
    expect(dateOf(2011, 'Eerste Paasdag')).toBe('2011-04-24');
    expect(dateOf(2024, 'Eerste Paasdag')).toBe('2024-03-31');
    expect(dateOf(2025, 'Eerste Paasdag')).toBe('2025-04-20');
    expect(dateOf(2038, 'Eerste Paasdag')).toBe('2038-04-25');
  });

  it('when 27 April is a Sunday (2025), then Koningsdag is on Saturday 26 April', () => {
    expect(dateOf(2025, 'Koningsdag')).toBe('2025-04-26');
    expect(isDutchHoliday('2025-04-26')).toBe(true);
    expect(isDutchHoliday('2025-04-27')).toBe(false);
  });

  it('when 27 April is not a Sunday, then Koningsdag is on 27 April', () => {
    expect(dateOf(2026, 'Koningsdag')).toBe('2026-04-27');
  });

  it('when a year is listed, then it has eleven holidays in calendar order including the fixed ones', () => {
    const dates = dutchHolidays(2027).map((holiday) => holiday.date);
    expect(dates).toHaveLength(11);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-05-05', '2027-12-25', '2027-12-26']));
  });

  it('when a date is an ordinary working day or malformed, then it is not a holiday', () => {
    expect(isDutchHoliday('2026-04-07')).toBe(false);
    expect(isDutchHoliday('2026-4-27')).toBe(false);
    expect(isDutchHoliday('')).toBe(false);
  });
});
