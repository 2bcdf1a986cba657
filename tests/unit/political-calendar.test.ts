import { isInWindow, prinsjesdag, verantwoordingsdag, windowOf } from '../../src/domain/political-calendar';

describe('the political-administrative calendar', () => {
  it.each([
    [2024, '2024-09-17'],
    [2025, '2025-09-16'],
    [2026, '2026-09-15'],
    [2027, '2027-09-21'],
  ])('when the year is %i, then Prinsjesdag is the third Tuesday of September: %s', (year, date) => {
    expect(prinsjesdag(year)).toBe(date);
    expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(2);
  });

  it.each([
    [2024, '2024-05-15'],
    [2025, '2025-05-21'],
    [2026, '2026-05-20'],
  ])('when the year is %i, then Verantwoordingsdag is the third Wednesday of May: %s', (year, date) => {
    expect(verantwoordingsdag(year)).toBe(date);
  });

  it('when the budget debates are asked for, then they start after Prinsjesdag and end before the Christmas recess', () => {
    const debates = windowOf('begrotingsbehandeling', 2026);
    expect(debates.start > prinsjesdag(2026)).toBe(true);
    expect(debates.end < windowOf('kerstreces', 2026).start).toBe(true);
  });

  it('when the recesses are computed, then they follow the usual pattern of the Tweede Kamer', () => {
    expect(windowOf('zomerreces', 2025)).toEqual({ start: '2025-07-04', end: '2025-09-01' });
    expect(windowOf('zomerreces', 2024)).toEqual({ start: '2024-07-05', end: '2024-09-02' });
    expect(windowOf('kerstreces', 2024)).toEqual({ start: '2024-12-20', end: '2025-01-13' });
  });

  it('when a date lies in early January, then it is inside the Christmas recess that began the year before', () => {
    expect(isInWindow('kerstreces', '2025-01-06')).toBe(true);
    expect(isInWindow('kerstreces', '2025-01-20')).toBe(false);
    expect(isInWindow('kerstreces', '2024-12-23')).toBe(true);
  });

  it('when a date is outside every window of a moment, then it is not in the window', () => {
    expect(isInWindow('prinsjesdag', '2026-09-15')).toBe(true);
    expect(isInWindow('prinsjesdag', '2026-08-01')).toBe(false);
    expect(isInWindow('verantwoordingsdag', '2026-05-13')).toBe(true);
    expect(isInWindow('verantwoordingsdag', '2026-06-01')).toBe(false);
    expect(isInWindow('voorjaarsnota', '2026-04-15')).toBe(true);
    expect(isInWindow('voorjaarsnota', '2026-10-15')).toBe(false);
  });
});
