import { consentScope } from '../../src/domain/coach-scope';
import { coachTrend, coachWindow, type CoachAnswerFacts } from '../../src/domain/coach-trend';

const window = coachWindow(new Date('2026-03-04T12:00:00Z'), 'Europe/Amsterdam');
const fact = (localDate: string, roleId: string, paradoxId = 'p1', position = 3): CoachAnswerFacts => ({ localDate, roleId, paradoxId, position });

describe('the trend a coach sees', () => {
  it('when the window is computed, then it covers 8 weeks from a Monday up to today on the viewer clock', () => {
    expect(window).toEqual({ firstWeekStart: '2026-01-12', lastDate: '2026-03-04', weeks: 8 });
    expect(coachWindow(new Date('2026-03-01T23:30:00Z'), 'Europe/Amsterdam').lastDate).toBe('2026-03-02');
    expect(coachWindow(new Date('2026-01-02T12:00:00Z'), 'Europe/Amsterdam').firstWeekStart).toBe('2025-11-10');
  });

  it('when answers fall around new year, then they group into ISO weeks', () => {
    const newYear = coachWindow(new Date('2027-01-06T12:00:00Z'), 'Europe/Amsterdam');
    const trend = coachTrend([fact('2026-12-31', 'verbinder'), fact('2027-01-03', 'verbinder'), fact('2027-01-04', 'verbinder')], consentScope(false), newYear);
    expect(trend.weeks.map((w) => [w.weekStart, w.answers])).toEqual([['2026-12-28', 2], ['2027-01-04', 1]]);
  });

  it('when some weeks have no answers, then only weeks with answers are shown, oldest first', () => {
    const trend = coachTrend([fact('2026-03-03', 'verbinder'), fact('2026-01-13', 'bureaucraat')], consentScope(false), window);
    expect(trend.weeks.map((w) => w.weekStart)).toEqual(['2026-01-12', '2026-03-02']);
    expect(trend.weeksInWindow).toBe(8);
  });

  it('when a week has three answers in two roles, then the shares add up to 100', () => {
    const trend = coachTrend([fact('2026-03-02', 'verbinder'), fact('2026-03-03', 'verbinder'), fact('2026-03-04', 'ondernemer')], consentScope(false), window);
    expect(trend.weeks[0]).toEqual({
      weekStart: '2026-03-02',
      answers: 3,
      roles: [
        { roleId: 'ondernemer', answers: 1, percent: 33 },
        { roleId: 'verbinder', answers: 2, percent: 67 },
      ],
    });
  });

  it('when answers lie outside the window, then they are ignored', () => {
    const trend = coachTrend([fact('2026-01-11', 'verbinder'), fact('2026-03-05', 'verbinder')], consentScope(true), window);
    expect(trend.weeks).toEqual([]);
    expect(trend.paradoxes).toEqual([]);
  });

  it('when the person did not tick paradox positions, then the trend has none', () => {
    const trend = coachTrend([fact('2026-03-02', 'verbinder', 'p1', 1), fact('2026-03-03', 'verbinder', 'p1', 2), fact('2026-03-04', 'verbinder', 'p1', 2)], consentScope(false), window);
    expect(trend).not.toHaveProperty('paradoxes');
    expect(JSON.stringify(trend)).not.toContain('p1');
  });

  it('when paradox positions are shared, then only paradoxes with at least 3 answers get an average', () => {
    const facts = [fact('2026-03-02', 'verbinder', 'p1', 1), fact('2026-02-03', 'verbinder', 'p1', 2), fact('2026-03-04', 'verbinder', 'p1', 2), fact('2026-03-04', 'verbinder', 'p2', 5)];
    expect(coachTrend(facts, consentScope(true), window).paradoxes).toEqual([{ paradoxId: 'p1', answers: 3, average: 1.7 }]);
  });

  it('when an answer object carries a note, then the trend does not', () => {
    const withNote = { ...fact('2026-03-02', 'verbinder'), note: 'geheim' };
    expect(JSON.stringify(coachTrend([withNote], consentScope(true), window))).not.toContain('geheim');
  });
});
