import { firstOccurrence, followingOccurrence, topicOf } from '../../src/domain/checkin-series';

const ZONE = 'Europe/Amsterdam';

describe('when a recurring check-in comes', () => {
  it('the first occurrence is the next chosen weekday at the chosen local time, never now or before', () => {
    // Monday 2 March 2026, 08:00 in Amsterdam (07:00 UTC).
    const monday8 = new Date('2026-03-02T07:00:00Z');
    expect(firstOccurrence(1, '09:00', ZONE, monday8).toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(firstOccurrence(1, '08:00', ZONE, monday8).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    expect(firstOccurrence(5, '16:30', ZONE, monday8).toISOString()).toBe('2026-03-06T15:30:00.000Z');
    expect(firstOccurrence(7, '09:00', ZONE, monday8).toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });

  it('weekly and every other week it stays at the same local time across the change to summer time', () => {
    const weekly = { everyWeeks: 1 as const, time: '09:00', zone: ZONE };
    // 23 March 09:00 CET is 08:00 UTC; 30 March 09:00 CEST is 07:00 UTC (the clocks went forward on the 29th).
    expect(followingOccurrence(weekly, '2026-03-23T08:00:00.000Z').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(followingOccurrence({ ...weekly, everyWeeks: 2 }, '2026-03-16T08:00:00.000Z').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // And back in October.
    expect(followingOccurrence(weekly, '2026-10-19T07:00:00.000Z').toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('a fixed topic stays; a rotating one goes round the library from where it started', () => {
    const topics = [
      { kind: 'dilemma' as const, id: 'a' },
      { kind: 'dilemma' as const, id: 'b' },
      { kind: 'paradox' as const, id: 'c' },
    ];
    const fixed = { topicKind: 'dilemma' as const, topicId: 'b', rotate: false };
    expect([0, 1, 2].map((step) => topicOf(fixed, topics, step).id)).toEqual(['b', 'b', 'b']);
    const rotating = { ...fixed, rotate: true };
    expect([0, 1, 2, 3].map((step) => topicOf(rotating, topics, step).id)).toEqual(['b', 'c', 'a', 'b']);
    expect(topicOf({ ...rotating, topicId: 'gone' }, topics, 1).id).toBe('b');
  });
});
