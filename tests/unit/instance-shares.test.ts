import { placeAmong, type LiveInstance } from '../../src/domain/instance-shares';

const live = (id: string, doneTick = '', self = false): LiveInstance => ({ id, self, doneTick });
const TICK = '2026-11-24T15:00';

describe('an instance among the live ones', () => {
  it('when three instances are live, then each derives the same order by id, whatever the order of the rows', () => {
    const rows = [live('c'), live('a'), live('b')];
    const ranks = ['a', 'b', 'c'].map((self) => placeAmong(rows.map((r) => ({ ...r, self: r.id === self })), TICK, false));
    expect(ranks.map((p) => [p.rank, p.count])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(ranks.map((p) => p.rate)).toEqual([
      { sending: 3, rank: 0, resting: 0 },
      { sending: 3, rank: 1, resting: 0 },
      { sending: 3, rank: 2, resting: 0 },
    ]);
  });

  it('when another instance finished this very tick, then the rate is split among the others, but the due list still among all', () => {
    const place = placeAmong([live('a', TICK), live('b', '', true), live('c')], TICK, false);
    expect(place).toEqual({ rank: 1, count: 3, rate: { sending: 2, rank: 0, resting: 1 } });
  });

  it('when an instance finished an earlier tick, then it counts as sending again (it may be in the next one)', () => {
    const place = placeAmong([live('a', '2026-11-24T14:59'), live('b', '', true)], TICK, false);
    expect(place.rate).toEqual({ sending: 2, rank: 1, resting: 0 });
  });

  it('when this instance finished its tick, then it rests (rank -1) and the others keep sending', () => {
    const place = placeAmong([live('a'), live('b', '', true)], TICK, true);
    expect(place.rate).toEqual({ sending: 1, rank: -1, resting: 1 });
  });

  it('when this instance has not ticked yet, then nobody counts as finished', () => {
    const place = placeAmong([live('a', TICK), live('b', '', true)], '', false);
    expect(place.rate).toEqual({ sending: 2, rank: 1, resting: 0 });
  });
});
