import { frozenResultOf, MAX_RESULT_CHARS, serializeResult } from '../../src/domain/checkin-result';
import type { CheckinAggregate } from '../../src/domain/checkin-aggregation';

describe('the result frozen at closing', () => {
  it('when a result is stored, then it reads back exactly, notes in their shuffled order', () => {
    const result: CheckinAggregate = { count: 12, tooFew: false, distribution: [{ id: 'a', few: false, percent: 83, count: 10 }, { id: 'b', few: true }], roleShares: [{ id: 'r', few: false, percent: 100, count: 12 }], notes: ['tweede', 'eerste'] };
    expect(frozenResultOf(serializeResult(result), 12)).toEqual(result);
    const held: CheckinAggregate = { count: 6, tooFew: false, distribution: [{ id: 'a', few: false, percent: 100 }], roleShares: [{ id: 'r', few: false, percent: 100 }], notes: [], notesFrom: 10 };
    expect(frozenResultOf(serializeResult(held), 6)).toEqual(held);
    expect(frozenResultOf(serializeResult({ count: 2, tooFew: true }), 2)).toEqual({ count: 2, tooFew: true });
  });

  it('when a result was frozen with exact counts of every row, then it is shown by today\'s rules: small rows "fewer than 3", no counts below 10', () => {
    const old = { count: 6, tooFew: false, distribution: [{ id: 'a', count: 5, percent: 83 }, { id: 'b', count: 1, percent: 17 }], roleShares: [{ id: 'r', count: 6, percent: 100 }], notes: ['n'] };
    expect(frozenResultOf(JSON.stringify(old), 6)).toEqual({ count: 6, tooFew: false, distribution: [{ id: 'a', few: false, percent: 83 }, { id: 'b', few: true }], roleShares: [{ id: 'r', few: false, percent: 100 }], notes: ['n'] });
  });

  it('when a check-in was closed before results were frozen, then its shares show without notes, or "too few" without a result', () => {
    const shares = { distribution: [{ id: 'a', count: 5, percent: 100 }], roleShares: [{ id: 'r', count: 5, percent: 100 }] };
    expect(frozenResultOf(JSON.stringify(shares), 5)).toEqual({ count: 5, tooFew: false, distribution: [{ id: 'a', few: false, percent: 100 }], roleShares: [{ id: 'r', few: false, percent: 100 }], notes: [] });
    expect(frozenResultOf(undefined, 4)).toEqual({ count: 4, tooFew: true });
  });

  it('when the stored value is damaged, then nothing but "too few" and the count is shown', () => {
    for (const damaged of ['{', 'null', '{"count":1,"tooFew":false}', JSON.stringify({ distribution: 'x' }), JSON.stringify({ count: 5, tooFew: false, distribution: [{ id: 'a', few: false }], roleShares: [], notes: [] })]) {
      expect(frozenResultOf(damaged, 3)).toEqual({ count: 3, tooFew: true });
    }
  });

  it('when the notes would not fit in a table row, then the last ones in the shuffled order are left out', () => {
    const notes = Array.from({ length: 3000 }, (_, i) => `${i} ${'x'.repeat(270)}`);
    const stored = serializeResult({ count: 3000, tooFew: false, distribution: [], roleShares: [], notes });
    expect(stored.length).toBeLessThanOrEqual(MAX_RESULT_CHARS);
    const kept = frozenResultOf(stored, 3000);
    expect(kept.tooFew).toBe(false);
    if (!kept.tooFew) expect(kept.notes).toEqual(notes.slice(0, kept.notes.length));
  });
});
