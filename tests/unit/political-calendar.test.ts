import { loadContent } from '../../src/content/load-content';
import type { RecessPeriod } from '../../src/content/types';
import { estimatedRecesses, isInWindow, prinsjesdag, recessOf, verantwoordingsdag, windowAt, windowOf } from '../../src/domain/political-calendar';

const { recesses } = loadContent();

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
    [2027, '2027-05-19'],
  ])('when the year is %i, then Verantwoordingsdag is the third Wednesday of May: %s', (year, date) => {
    expect(verantwoordingsdag(year)).toBe(date);
  });

  it('when the budget debates are asked for, then they start after Prinsjesdag and end before the Christmas recess', () => {
    const debates = windowOf('begrotingsbehandeling', 2026, recesses);
    expect(debates.start > prinsjesdag(2026)).toBe(true);
    expect(debates.end < windowOf('kerstreces', 2026, recesses).start).toBe(true);
    expect(debates.source).toBe('rule');
  });

  it('when the Tweede Kamer published a recess, then its dates are used, not the rule that was a week off', () => {
    // The rule would say 1 July to 5 September 2022 and 22 December 2023 to 8 January 2024.
    expect(recessOf('zomerreces', 2022, recesses)).toEqual({ start: '2022-07-08', end: '2022-09-05', source: 'published' });
    expect(recessOf('kerstreces', 2023, recesses)).toEqual({ start: '2023-12-22', end: '2024-01-15', source: 'published' });
    expect(windowOf('zomerreces', 2024, recesses)).toEqual({ start: '2024-07-05', end: '2024-09-02', source: 'published' });
  });

  it('when a recess is not in the content, then the rule estimates it and says so', () => {
    expect(windowOf('zomerreces', 2027, recesses)).toEqual({ start: '2027-07-02', end: '2027-09-06', source: 'estimate' });
    expect(recessOf('kerstreces', 2026, recesses)).toEqual({ start: '2026-12-18', end: '2027-01-11', source: 'estimate' });
    expect(estimatedRecesses(2027, recesses)).toEqual(['zomerreces', 'kerstreces']);
    expect(estimatedRecesses(2023, recesses)).toEqual([]);
  });

  it('when an operator adds next year, then that period wins over the rule', () => {
    const added: RecessPeriod = { id: 'zomerreces-2027', moment: 'zomerreces', start: '2027-07-09', end: '2027-09-06', source: 'Tweede Kamer' };
    expect(windowOf('zomerreces', 2027, [...recesses, added])).toEqual({ start: '2027-07-09', end: '2027-09-06', source: 'published' });
    expect(isInWindow('zomerreces', '2027-07-05', [...recesses, added])).toBe(false);
    expect(isInWindow('zomerreces', '2027-07-05', recesses)).toBe(true);
  });

  it('when the Christmas recess runs into January, then the Christmas texts end on 31 December', () => {
    expect(windowOf('kerstreces', 2025, recesses)).toEqual({ start: '2025-12-19', end: '2025-12-31', source: 'published' });
    expect(windowOf('kerstreces', 2026, recesses)).toEqual({ start: '2026-12-18', end: '2026-12-31', source: 'estimate' });
    expect(isInWindow('kerstreces', '2025-12-31', recesses)).toBe(true);
    // The review saw "Het jaar loopt af" on 4 and 5 January 2027.
    expect(isInWindow('kerstreces', '2027-01-04', recesses)).toBe(false);
    expect(isInWindow('kerstreces', '2026-01-05', recesses)).toBe(false);
  });

  it('when the window holding a date is asked for, then it names its source, and none outside', () => {
    expect(windowAt('zomerreces', '2023-08-01', recesses)).toEqual({ start: '2023-07-07', end: '2023-09-04', source: 'published' });
    expect(windowAt('zomerreces', '2026-08-01', recesses)?.source).toBe('estimate');
    expect(windowAt('prinsjesdag', '2026-09-15', recesses)?.source).toBe('rule');
    expect(windowAt('zomerreces', '2026-10-01', recesses)).toBeUndefined();
  });

  it('when a date is outside every window of a moment, then it is not in the window', () => {
    expect(isInWindow('prinsjesdag', '2026-09-15')).toBe(true);
    expect(isInWindow('prinsjesdag', '2026-08-01')).toBe(false);
    expect(isInWindow('verantwoordingsdag', '2026-05-13')).toBe(true);
    expect(isInWindow('verantwoordingsdag', '2026-06-01')).toBe(false);
    expect(isInWindow('voorjaarsnota', '2026-04-15')).toBe(true);
    expect(isInWindow('voorjaarsnota', '2026-10-15')).toBe(false);
  });

  it('then every published recess names where it was published', () => {
    expect(recesses.length).toBeGreaterThanOrEqual(5);
    for (const recess of recesses) expect(recess.source).toMatch(/tweedekamer\.nl|NU\.nl|Hart van Nederland/);
  });
});
