import { countWeek, maxSettledWeeks, publish, reportWeek, settledWeeks, type AdoptionFacts, type ExactCounts } from '../../src/domain/adoption-figures';

const ZONE = 'Europe/Amsterdam';
const TENANT = 'tenant-a';

/** `count` people of TENANT, registered at `createdAt`, keyed p0, p1, … */
function people(count: number, createdAt = '2026-11-01T09:00:00Z', from = 0): AdoptionFacts['people'] {
  return Array.from({ length: count }, (_, i) => ({ personKey: `p${from + i}`, tenantId: TENANT, createdAt }));
}

const counts = (registered: number, active: number, answers = active * 3, checkins = 2): ExactCounts => ({ registered, active, answers, checkins });

describe('adoption figures: which weeks', () => {
  it('when the report runs in January, then the weeks cross the new year as ISO weeks (2026 has a week 53)', () => {
    expect(settledWeeks('2027-01-18', 3, 6)).toEqual([
      { week: '2026-W52', from: '2026-12-21', to: '2026-12-27' },
      { week: '2026-W53', from: '2026-12-28', to: '2027-01-03' },
      { week: '2027-W01', from: '2027-01-04', to: '2027-01-10' },
    ]);
  });

  it('when a week can still get answers (six days after its Sunday, a day of zone slack), then it is not reported yet', () => {
    expect(settledWeeks('2027-01-17', 1, 6)).toEqual([{ week: '2026-W53', from: '2026-12-28', to: '2027-01-03' }]);
    expect(settledWeeks('2027-01-18', 1, 6)[0]?.week).toBe('2027-W01');
  });

  it('when retention deletes older rows, then no more weeks are allowed than it keeps', () => {
    expect(maxSettledWeeks('2027-01-18', 180, 6)).toBe(24);
    expect(maxSettledWeeks('2027-01-18', 30, 6)).toBe(3);
    expect(maxSettledWeeks('2027-01-18', 10, 6)).toBe(0);
  });
});

describe('adoption figures: what is counted', () => {
  const facts: AdoptionFacts = {
    people: [
      ...people(2),
      // 00:30 on Monday 28 December in Amsterdam, still Sunday in UTC: registered in week 53, not 52.
      { personKey: 'late', tenantId: TENANT, createdAt: '2026-12-27T23:30:00Z' },
      { personKey: 'other', tenantId: 'tenant-b', createdAt: '2026-11-01T09:00:00Z' },
    ],
    answers: [
      { personKey: 'p0', localDate: '2027-01-02' },
      { personKey: 'p0', localDate: '2027-01-03' },
      { personKey: 'late', localDate: '2027-01-03' },
      { personKey: 'p1', localDate: '2027-01-04' },
      { personKey: 'other', localDate: '2027-01-02' },
      // A person whose profile is gone (erased while this was read): counted nowhere.
      { personKey: 'gone', localDate: '2027-01-02' },
    ],
    checkins: [
      // 00:30 on Monday 4 January in Amsterdam: week 1. 23:30 on Sunday: week 53.
      { tenantId: TENANT, createdAt: '2027-01-03T23:30:00Z' },
      { tenantId: TENANT, createdAt: '2027-01-03T22:30:00Z' },
    ],
  };

  it('when a week crosses the new year, then answers count by their prompt date and check-ins by the local start', () => {
    expect(countWeek(facts, TENANT, reportWeek('2026-12-21'), ZONE)).toEqual({ registered: 2, active: 0, answers: 0, checkins: 0 });
    expect(countWeek(facts, TENANT, reportWeek('2026-12-28'), ZONE)).toEqual({ registered: 3, active: 2, answers: 3, checkins: 1 });
    expect(countWeek(facts, TENANT, reportWeek('2027-01-04'), ZONE)).toEqual({ registered: 3, active: 1, answers: 1, checkins: 1 });
  });

  it('when another tenant has people, then they are counted only there', () => {
    expect(countWeek(facts, 'tenant-b', reportWeek('2026-12-28'), ZONE)).toEqual({ registered: 1, active: 1, answers: 1, checkins: 0 });
  });
});

describe('adoption figures: what may be shown', () => {
  it('when a group has 9 people, then nothing of it shows; with 10 it does', () => {
    expect(publish(counts(9, 9))).toEqual({ registered: null, active: null, answers: null, checkins: null });
    expect(publish(counts(10, 10, 31, 3))).toEqual({ registered: 10, active: 10, answers: null, checkins: 5 });
  });

  it('when the active figure could stand for fewer than 10 people, then the answers are too few to show, though the group is large', () => {
    // Shown active 10 may be 8 to 12 people; shown 15 is at least 13.
    expect(publish(counts(40, 12, 30))).toEqual({ registered: 40, active: 10, answers: null, checkins: 0 });
    expect(publish(counts(40, 13, 31))).toEqual({ registered: 40, active: 15, answers: 30, checkins: 0 });
  });

  it('when answers show or hide, then that says no more than the active figure itself', () => {
    for (let active = 0; active <= 40; active += 1) {
      const shown = publish(counts(40, active));
      const sameFigure = Array.from({ length: 41 }, (_, a) => publish(counts(40, a))).filter((other) => other.active === shown.active);
      expect(new Set(sameFigure.map((other) => other.answers === null)).size).toBe(1);
    }
  });

  it('when one person joins and answers from one week to the next (10 → 11 registered, 9 → 10 active), then both weeks read the same', () => {
    const before = publish(counts(10, 9, 27, 1));
    const after = publish(counts(11, 10, 29, 1));
    expect(after).toEqual(before);
    expect(after).toEqual({ registered: 10, active: 10, answers: null, checkins: 0 });
  });

  it('when every one or nobody of a group answered, then the figures do not say so for certain', () => {
    expect(publish(counts(10, 10, 30))).toEqual(publish(counts(10, 8, 30)));
    expect(publish(counts(12, 0, 0)).active).toBe(publish(counts(12, 2, 6)).active);
  });

  it('when figures are shown, then each is a multiple of 5', () => {
    const shown = publish({ registered: 123, active: 57, answers: 211, checkins: 7 });
    expect(shown).toEqual({ registered: 125, active: 55, answers: 210, checkins: 5 });
  });
});
