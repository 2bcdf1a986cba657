import { aggregateCheckin, seededShuffle, sharesOf, type CheckinResponse } from '../../src/domain/checkin-aggregation';

const choices = ['accepteren', 'gesprekken', 'zelf-melden'];
const roles = ['bureaucraat', 'ondernemer', 'verbinder'];
const answer = (choice: string, roleId: string, note?: string): CheckinResponse => ({ choice, roleId, ...(note ? { note } : {}) });
const input = (responses: CheckinResponse[], extra: Partial<Parameters<typeof aggregateCheckin>[0]> = {}) =>
  aggregateCheckin({ responses, minimum: 5, choices, roles, notesAllowed: true, seed: 'c1', ...extra });

describe('check-in aggregation', () => {
  it('when fewer answers than the minimum, then only the count comes out', () => {
    const result = input([answer('accepteren', 'verbinder', 'geheim'), answer('gesprekken', 'ondernemer')]);
    expect(result).toEqual({ count: 2, tooFew: true });
  });

  it('when the minimum is met, then distribution, role shares and notes come out', () => {
    const five = [
      answer('gesprekken', 'verbinder', 'Eerst praten'),
      answer('gesprekken', 'verbinder'),
      answer('accepteren', 'bureaucraat', 'Loyaal blijven'),
      answer('zelf-melden', 'ondernemer'),
      answer('gesprekken', 'verbinder', 'Samen optrekken'),
    ];
    const result = input(five);
    if (result.tooFew) throw new Error('expected results');
    expect(result.count).toBe(5);
    expect(result.distribution).toEqual([
      { id: 'accepteren', count: 1, percent: 20 },
      { id: 'gesprekken', count: 3, percent: 60 },
      { id: 'zelf-melden', count: 1, percent: 20 },
    ]);
    expect(result.roleShares.map((r) => r.percent)).toEqual([20, 20, 60]);
    expect([...result.notes].sort()).toEqual(['Eerst praten', 'Loyaal blijven', 'Samen optrekken']);
  });

  it('when a configured minimum is below three, then three still applies', () => {
    expect(input([answer('accepteren', 'verbinder'), answer('accepteren', 'verbinder')], { minimum: 1 }).tooFew).toBe(true);
    expect(input([answer('accepteren', 'verbinder'), answer('accepteren', 'verbinder'), answer('gesprekken', 'verbinder')], { minimum: 1 }).tooFew).toBe(false);
  });

  it('when notes are not allowed, then no note comes out even above the minimum', () => {
    const result = input(Array.from({ length: 5 }, () => answer('accepteren', 'verbinder', 'tekst')), { notesAllowed: false });
    expect(result.tooFew === false && result.notes).toEqual([]);
  });

  it('when answers carry a choice or role outside the check-in, then they are not counted', () => {
    const result = input([...Array.from({ length: 4 }, () => answer('accepteren', 'verbinder')), answer('onbekend', 'verbinder'), answer('accepteren', 'catalysator')]);
    expect(result).toEqual({ count: 4, tooFew: true });
  });

  it('percentages always add up to 100', () => {
    const shares = sharesOf(['a', 'b', 'c'], ['a', 'b', 'c']);
    expect(shares.map((s) => s.percent).reduce((a, b) => a + b, 0)).toBe(100);
    expect(sharesOf(['a', 'b'], []).map((s) => s.percent)).toEqual([0, 0]);
  });

  it('the note shuffle is stable per seed and keeps every note', () => {
    const notes = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'];
    expect(seededShuffle(notes, 'x')).toEqual(seededShuffle(notes, 'x'));
    expect([...seededShuffle(notes, 'x')].sort()).toEqual([...notes].sort());
    expect(seededShuffle(notes, 'x')).not.toEqual(notes);
  });
});
