import { ANSWER_WINDOW_DAYS } from '../../src/features/reflection/delivery-context';
import { consentScope } from '../../src/domain/coach-scope';
import { blockStartOf, coachTrend, coachWindow, LATE_ANSWER_DAYS, type CoachAnswerFacts, type CoachWeek } from '../../src/domain/coach-trend';

// Wednesday 4 March 2026: the newest week no answer can still join is the one of Monday 16 February.
const NOW = new Date('2026-03-04T12:00:00Z');
const window = coachWindow(NOW);
const fact = (localDate: string, roleId: string, paradoxId = 'p1', position = 3): CoachAnswerFacts => ({ localDate, roleId, paradoxId, position });
const shownWeeks = (weeks: CoachWeek[]) => weeks.filter((w): w is Extract<CoachWeek, { tooFew: false }> => !w.tooFew);

describe('the trend a coach sees', () => {
  it('when the window is computed, then it holds the 8 completed weeks: over everywhere and past the late-answer days', () => {
    expect(window).toMatchObject({ firstWeekStart: '2025-12-29', lastWeekStart: '2026-02-16', weeks: 8, lastDate: '2026-02-22' });
    // The week of Monday 2 March takes late answers to Sunday 8 March until Saturday 14 March, in
    // every zone: it is complete when 15 March starts at UTC−12 (15 March 12:00 UTC).
    expect(coachWindow(new Date('2026-03-15T11:59:00Z')).lastWeekStart).toBe('2026-02-23');
    expect(coachWindow(new Date('2026-03-15T12:00:00Z')).lastWeekStart).toBe('2026-03-02');
    expect(LATE_ANSWER_DAYS).toBe(ANSWER_WINDOW_DAYS);
  });

  it('when a coachee has one answer in the running week, then no week shows it', () => {
    const trend = coachTrend([fact('2026-03-03', 'bureaucraat')], consentScope(true), window);
    expect(shownWeeks(trend.weeks)).toEqual([]);
    expect(JSON.stringify(trend)).not.toContain('bureaucraat');
  });

  it('when a completed week has fewer than 3 answers, then it says too few and shows no count nor role', () => {
    const trend = coachTrend([fact('2026-02-16', 'bureaucraat'), fact('2026-02-17', 'verbinder')], consentScope(false), window);
    expect(trend.weeks).toHaveLength(8);
    expect(trend.weeks.at(-1)).toEqual({ weekStart: '2026-02-16', tooFew: true });
    expect(JSON.stringify(trend)).not.toMatch(/bureaucraat|verbinder/);
  });

  it('when a completed week has three answers in two roles, then the shares add up to 100', () => {
    const trend = coachTrend([fact('2026-02-16', 'verbinder'), fact('2026-02-17', 'verbinder'), fact('2026-02-22', 'ondernemer')], consentScope(false), window);
    expect(shownWeeks(trend.weeks)).toEqual([
      {
        weekStart: '2026-02-16',
        tooFew: false,
        answers: 3,
        roles: [
          { roleId: 'ondernemer', answers: 1, percent: 33 },
          { roleId: 'verbinder', answers: 2, percent: 67 },
        ],
      },
    ]);
  });

  it('when answers fall around new year, then they group into ISO weeks', () => {
    const trend = coachTrend(['2025-12-29', '2026-01-01', '2026-01-04'].map((d) => fact(d, 'verbinder')), consentScope(false), window);
    expect(shownWeeks(trend.weeks).map((w) => [w.weekStart, w.answers])).toEqual([['2025-12-29', 3]]);
  });

  it('when answers lie outside the completed weeks, then they are ignored', () => {
    const facts = ['2025-12-28', '2025-12-27', '2025-12-26', '2026-02-23', '2026-02-24', '2026-02-25'].map((d) => fact(d, 'verbinder'));
    expect(shownWeeks(coachTrend(facts, consentScope(false), window).weeks)).toEqual([]);
  });

  it('when the person did not tick paradox positions, then the trend has none', () => {
    const trend = coachTrend([fact('2026-02-16', 'verbinder', 'p1', 1), fact('2026-02-17', 'verbinder', 'p1', 2), fact('2026-02-18', 'verbinder', 'p1', 2)], consentScope(false), window);
    expect(trend).not.toHaveProperty('paradoxBlocks');
    expect(JSON.stringify(trend)).not.toContain('p1');
  });

  it('when paradox positions are shared, then averages come per completed fixed 4-week block, only from 3 answers in the block', () => {
    expect(window.blockStarts).toEqual(['2025-12-22', '2026-01-19']);
    expect(blockStartOf('2026-02-09')).toBe('2026-01-19');
    const facts = [fact('2026-01-19', 'verbinder', 'p1', 1), fact('2026-02-03', 'verbinder', 'p1', 2), fact('2026-02-15', 'verbinder', 'p1', 2), fact('2026-02-16', 'verbinder', 'p1', 5), fact('2026-02-10', 'verbinder', 'p2', 5), fact('2026-02-11', 'verbinder', 'p2', 5)];
    expect(coachTrend(facts, consentScope(true), window).paradoxBlocks).toEqual([
      { firstWeekStart: '2025-12-22', lastWeekStart: '2026-01-12', paradoxes: [] },
      { firstWeekStart: '2026-01-19', lastWeekStart: '2026-02-09', paradoxes: [{ paradoxId: 'p1', answers: 3, average: 1.7 }] },
    ]);
  });

  it('when a new answer arrives, then no figure a coach saw before changes', () => {
    const facts = ['2026-02-16', '2026-02-17', '2026-02-18'].map((d) => fact(d, 'verbinder'));
    const before = coachTrend(facts, consentScope(true), window);
    const late = [...facts, fact('2026-03-03', 'bureaucraat', 'p1', 5), fact('2026-03-04', 'bureaucraat', 'p1', 5)];
    expect(coachTrend(late, consentScope(true), window)).toEqual(before);
  });

  it('when an answer object carries a note, then the trend does not', () => {
    const withNote = ['2026-02-16', '2026-02-17', '2026-02-18'].map((d) => ({ ...fact(d, 'verbinder'), note: 'geheim' }));
    expect(JSON.stringify(coachTrend(withNote, consentScope(true), window))).not.toContain('geheim');
  });
});
