import { ANSWER_WINDOW_DAYS } from '../../src/features/reflection/delivery-context';
import { consentScope } from '../../src/domain/coach-scope';
import { blockStartOf, coachTrend, coachWindow, LATE_ANSWER_DAYS, type CoachAnswerFacts, type CoachWeek } from '../../src/domain/coach-trend';

// Wednesday 4 March 2026: the newest week no answer can still join is the one of Monday 16 February.
const NOW = new Date('2026-03-04T12:00:00Z');
const window = coachWindow(NOW);
/** A consent from before the window: every completed week is listed. */
const LONG_AGO = '2025-06-01T10:00:00Z';
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
    const trend = coachTrend([fact('2026-03-03', 'bureaucraat')], consentScope(true), window, LONG_AGO);
    expect(shownWeeks(trend.weeks)).toEqual([]);
    expect(JSON.stringify(trend)).not.toContain('bureaucraat');
  });

  it('when a completed week has fewer than 3 answers, then it says too few and shows no count nor role', () => {
    const trend = coachTrend([fact('2026-02-16', 'bureaucraat'), fact('2026-02-17', 'verbinder')], consentScope(false), window, LONG_AGO);
    expect(trend.weeks).toHaveLength(8);
    expect(trend.weeks.at(-1)).toEqual({ weekStart: '2026-02-16', tooFew: true });
    expect(JSON.stringify(trend)).not.toMatch(/bureaucraat|verbinder/);
  });

  it('when a completed week has three answers in two roles, then the shares add up to 100', () => {
    const trend = coachTrend([fact('2026-02-16', 'verbinder'), fact('2026-02-17', 'verbinder'), fact('2026-02-22', 'ondernemer')], consentScope(false), window, LONG_AGO);
    expect(shownWeeks(trend.weeks)).toEqual([
      {
        weekStart: '2026-02-16',
        tooFew: false,
        answers: 3,
        notPlayed: 0,
        roles: [
          { roleId: 'ondernemer', answers: 1, percent: 33 },
          { roleId: 'verbinder', answers: 2, percent: 67 },
        ],
      },
    ]);
  });

  it('when a week holds "speelde vandaag niet" (also with a role stored before), then it counts as an answer but never as a role', () => {
    const facts = [fact('2026-02-16', 'verbinder'), fact('2026-02-17', 'verbinder'), fact('2026-02-18', 'bureaucraat', 'p1', 0), fact('2026-02-19', '', 'p1', 0), fact('2026-02-20', 'ondernemer')];
    const [week] = shownWeeks(coachTrend(facts, consentScope(false), window, LONG_AGO).weeks);
    expect(week).toMatchObject({ answers: 5, notPlayed: 2, roles: [{ roleId: 'ondernemer', answers: 1, percent: 33 }, { roleId: 'verbinder', answers: 2, percent: 67 }] });
    const thin = [fact('2026-02-16', 'verbinder'), fact('2026-02-17', 'verbinder'), fact('2026-02-18', 'bureaucraat', 'p1', 0)];
    expect(shownWeeks(coachTrend(thin, consentScope(false), window, LONG_AGO).weeks)).toEqual([{ weekStart: '2026-02-16', tooFew: false, answers: 3, notPlayed: 1, roles: [] }]);
  });

  it('when the person started sharing recently, then weeks before it are listed only with enough answers, and the date the first week can appear is known', () => {
    // Consent on Tuesday 24 February 2026: its week completes everywhere on Sunday 8 March.
    const facts = [fact('2026-01-05', 'verbinder'), fact('2026-01-06', 'verbinder'), fact('2026-01-07', 'ondernemer'), fact('2026-02-16', 'verbinder')];
    const trend = coachTrend(facts, consentScope(true), window, '2026-02-24T09:00:00Z');
    expect(trend.sharingWeekStart).toBe('2026-02-23');
    expect(trend.firstWeekDate).toBe('2026-03-08');
    expect(trend.weeks.map((w) => [w.weekStart, w.tooFew])).toEqual([['2026-01-05', false]]);
    // Of the blocks before sharing began, only one with figures is listed.
    expect(trend.paradoxBlocks?.map((b) => [b.firstWeekStart, b.paradoxes.length])).toEqual([['2025-12-22', 1]]);
    const later = coachWindow(new Date('2026-03-08T12:00:00Z'));
    const since = coachTrend(facts, consentScope(false), later, '2026-02-24T09:00:00Z');
    expect(since.firstWeekDate).toBeUndefined();
    expect(since.weeks.map((w) => [w.weekStart, w.tooFew])).toEqual([['2026-01-05', false], ['2026-02-23', true]]);
  });

  it('when the consent came late on Sunday in Amsterdam, then that week still counts as before sharing began on no clock', () => {
    expect(coachTrend([], consentScope(false), window, '2026-02-22T22:30:00Z').sharingWeekStart).toBe('2026-02-23');
    expect(coachTrend([], consentScope(false), window, '2026-02-23T08:00:00Z').sharingWeekStart).toBe('2026-02-23');
  });

  it('when answers fall around new year, then they group into ISO weeks', () => {
    const trend = coachTrend(['2025-12-29', '2026-01-01', '2026-01-04'].map((d) => fact(d, 'verbinder')), consentScope(false), window, LONG_AGO);
    expect(shownWeeks(trend.weeks).map((w) => [w.weekStart, w.answers])).toEqual([['2025-12-29', 3]]);
  });

  it('when answers lie outside the completed weeks, then they are ignored', () => {
    const facts = ['2025-12-28', '2025-12-27', '2025-12-26', '2026-02-23', '2026-02-24', '2026-02-25'].map((d) => fact(d, 'verbinder'));
    expect(shownWeeks(coachTrend(facts, consentScope(false), window, LONG_AGO).weeks)).toEqual([]);
  });

  it('when the person did not tick paradox positions, then the trend has none', () => {
    const trend = coachTrend([fact('2026-02-16', 'verbinder', 'p1', 1), fact('2026-02-17', 'verbinder', 'p1', 2), fact('2026-02-18', 'verbinder', 'p1', 2)], consentScope(false), window, LONG_AGO);
    expect(trend).not.toHaveProperty('paradoxBlocks');
    expect(JSON.stringify(trend)).not.toContain('p1');
  });

  it('when paradox positions are shared, then averages come per completed fixed 4-week block, only from 3 answers in the block', () => {
    expect(window.blockStarts).toEqual(['2025-12-22', '2026-01-19']);
    expect(blockStartOf('2026-02-09')).toBe('2026-01-19');
    const facts = [fact('2026-01-19', 'verbinder', 'p1', 1), fact('2026-02-03', 'verbinder', 'p1', 2), fact('2026-02-15', 'verbinder', 'p1', 2), fact('2026-02-16', 'verbinder', 'p1', 5), fact('2026-02-10', 'verbinder', 'p2', 5), fact('2026-02-11', 'verbinder', 'p2', 5)];
    expect(coachTrend(facts, consentScope(true), window, LONG_AGO).paradoxBlocks).toEqual([
      { firstWeekStart: '2025-12-22', lastWeekStart: '2026-01-12', paradoxes: [] },
      { firstWeekStart: '2026-01-19', lastWeekStart: '2026-02-09', paradoxes: [{ paradoxId: 'p1', answers: 3, average: 1.7 }] },
    ]);
  });

  it('when a new answer arrives, then no figure a coach saw before changes', () => {
    const facts = ['2026-02-16', '2026-02-17', '2026-02-18'].map((d) => fact(d, 'verbinder'));
    const before = coachTrend(facts, consentScope(true), window, LONG_AGO);
    const late = [...facts, fact('2026-03-03', 'bureaucraat', 'p1', 5), fact('2026-03-04', 'bureaucraat', 'p1', 5)];
    expect(coachTrend(late, consentScope(true), window, LONG_AGO)).toEqual(before);
  });

  it('when an answer object carries a note, then the trend does not', () => {
    const withNote = ['2026-02-16', '2026-02-17', '2026-02-18'].map((d) => ({ ...fact(d, 'verbinder'), note: 'geheim' }));
    expect(JSON.stringify(coachTrend(withNote, consentScope(true), window, LONG_AGO))).not.toContain('geheim');
  });

  it('the answers read start at the earlier of the first week shown and the oldest paradox block, whichever week it is', () => {
    let blockFirst = 0;
    for (let week = 0; week < 8; week += 1) {
      const w = coachWindow(new Date(Date.parse('2026-03-15T12:00:00Z') + week * 7 * 86_400_000));
      const oldestBlock = w.blockStarts[0] ?? w.firstWeekStart;
      expect(w.firstDate).toBe(oldestBlock < w.firstWeekStart ? oldestBlock : w.firstWeekStart);
      if (oldestBlock < w.firstWeekStart) blockFirst += 1;
    }
    // Some weeks the oldest block starts before the first week shown: its first weeks are read too.
    expect(blockFirst).toBeGreaterThan(0);
  });
});
