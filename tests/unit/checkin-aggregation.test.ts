import { aggregateCheckin, seededShuffle, sharesOf, type CheckinResponse } from '../../src/domain/checkin-aggregation';

const choices = ['accepteren', 'gesprekken', 'zelf-melden', 'wachten'];
const roles = ['bureaucraat', 'ondernemer', 'verbinder'];
const answer = (choice: string, roleId: string, note?: string): CheckinResponse => ({ choice, roleId, ...(note ? { note } : {}) });
const input = (responses: CheckinResponse[], extra: Partial<Parameters<typeof aggregateCheckin>[0]> = {}) =>
  aggregateCheckin({ responses, minimum: 5, notesMinimum: 10, choices, roles, notesAllowed: true, seed: 'c1', ...extra });
const many = (n: number, choice: string, roleId: string, note?: string): CheckinResponse[] => Array.from({ length: n }, () => answer(choice, roleId, note));

describe('check-in aggregation', () => {
  it('when fewer answers than the minimum, then only the count comes out', () => {
    const result = input([answer('accepteren', 'verbinder', 'geheim'), answer('gesprekken', 'ondernemer')]);
    expect(result).toEqual({ count: 2, tooFew: true });
  });

  it('when four answer one way and a fifth another, then the fifth reads "fewer than 3" like the options nobody chose, and no count shows', () => {
    const result = input([...many(4, 'gesprekken', 'verbinder'), answer('accepteren', 'bureaucraat', 'alleen ik')]);
    if (result.tooFew) throw new Error('expected results');
    expect(result.distribution).toEqual([
      { id: 'accepteren', few: true },
      { id: 'gesprekken', few: false, percent: 80 },
      { id: 'zelf-melden', few: true },
      { id: 'wachten', few: true },
    ]);
    expect(result.roleShares).toEqual([
      { id: 'bureaucraat', few: true },
      { id: 'ondernemer', few: true },
      { id: 'verbinder', few: false, percent: 80 },
    ]);
    expect(result.notes).toEqual([]);
    expect(result.notesFrom).toBe(10);
  });

  it('when 10 or more answered, then counts show beside the percentages of groups of 3 or more', () => {
    const result = input([...many(6, 'gesprekken', 'verbinder'), ...many(3, 'accepteren', 'ondernemer'), answer('wachten', 'bureaucraat')]);
    if (result.tooFew) throw new Error('expected results');
    expect(result.distribution).toEqual([
      { id: 'accepteren', few: false, percent: 30, count: 3 },
      { id: 'gesprekken', few: false, percent: 60, count: 6 },
      { id: 'zelf-melden', few: true },
      { id: 'wachten', few: true },
    ]);
  });

  it('when fewer answered than the notes minimum, then no note comes out; from it on, every note does', () => {
    const nine = input(many(9, 'gesprekken', 'verbinder', 'een notitie'));
    expect(nine.tooFew === false && nine.notes).toEqual([]);
    const ten = input(many(10, 'gesprekken', 'verbinder', 'een notitie'));
    expect(ten.tooFew === false && ten.notes.length).toBe(10);
    expect(ten.tooFew === false && ten.notesFrom).toBeUndefined();
  });

  it('when a notes minimum below the minimum is asked, then the minimum applies to notes too', () => {
    const result = input(many(5, 'gesprekken', 'verbinder', 'n'), { notesMinimum: 1 });
    expect(result.tooFew === false && result.notes.length).toBe(5);
    expect(input(many(4, 'gesprekken', 'verbinder', 'n'), { notesMinimum: 1 })).toEqual({ count: 4, tooFew: true });
  });

  it('when a configured minimum is below three, then three still applies', () => {
    expect(input(many(2, 'accepteren', 'verbinder'), { minimum: 1 }).tooFew).toBe(true);
    expect(input(many(3, 'accepteren', 'verbinder'), { minimum: 1 }).tooFew).toBe(false);
  });

  it('when notes are not allowed, then no note comes out even above the notes minimum, and nothing says they were held back', () => {
    const result = input(many(12, 'accepteren', 'verbinder', 'tekst'), { notesAllowed: false });
    expect(result.tooFew === false && result.notes).toEqual([]);
    expect(result.tooFew === false && result.notesFrom).toBeUndefined();
  });

  it('when answers carry a choice or role outside the check-in, then they are not counted', () => {
    const result = input([...many(4, 'accepteren', 'verbinder'), answer('onbekend', 'verbinder'), answer('accepteren', 'catalysator')]);
    expect(result).toEqual({ count: 4, tooFew: true });
  });

  it('percentages always add up to 100, by largest remainder', () => {
    const shares = sharesOf(['a', 'b', 'c'], ['a', 'b', 'c']);
    expect(shares.map((s) => s.percent)).toEqual([34, 33, 33]);
    expect(sharesOf(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e', 'e']).map((s) => s.percent)).toEqual([17, 17, 17, 16, 33]);
    expect(sharesOf(['a', 'b'], []).map((s) => s.percent)).toEqual([0, 0]);
    for (let n = 1; n < 40; n += 1) {
      const values = Array.from({ length: n }, (_, i) => ['a', 'b', 'c', 'd'][(i * 7) % 4] ?? 'a');
      expect(sharesOf(['a', 'b', 'c', 'd'], values).reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    }
  });

  it('the note shuffle is stable per seed and keeps every note', () => {
    const notes = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'];
    expect(seededShuffle(notes, 'x')).toEqual(seededShuffle(notes, 'x'));
    expect([...seededShuffle(notes, 'x')].sort()).toEqual([...notes].sort());
    expect(seededShuffle(notes, 'x')).not.toEqual(notes);
  });

  it('the extra point of a rounding goes to the largest remainder, wherever it stands', () => {
    expect(sharesOf(['a', 'b'], ['a', 'b', 'b']).map((s) => s.percent)).toEqual([33, 67]);
  });

  it('notes come out trimmed, and notes of only spaces do not come out', () => {
    const result = input([...many(8, 'accepteren', 'verbinder'), answer('gesprekken', 'verbinder', '  met spaties  '), answer('gesprekken', 'verbinder', '   ')]);
    expect(result.tooFew === false && result.notes).toEqual(['met spaties']);
  });

  it('the note shuffle depends on the seed: other check-ins show the same notes in other orders', () => {
    const notes = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes'];
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => seededShuffle(notes, seed).join(',')));
    expect(orders.size).toBeGreaterThan(4);
  });
});
