import { RecentMemory } from '../../src/domain/recent-memory';

describe('a recent memory', () => {
  it('when a fact is older than the caller trusts, then it is not given back', () => {
    const memory = new RecentMemory<string>(10);
    memory.set('a', 'x', 1_000);
    expect(memory.get('a', 1_500, 500)).toBe('x');
    expect(memory.get('a', 1_501, 500)).toBeUndefined();
  });

  it('when it is full, then the fact learned longest ago goes first (learning one again makes it new)', () => {
    const memory = new RecentMemory<number>(2);
    memory.set('a', 1, 0);
    memory.set('b', 2, 0);
    memory.set('a', 3, 1);
    memory.set('c', 4, 2);
    expect([memory.get('a', 2, 10), memory.get('b', 2, 10), memory.get('c', 2, 10)]).toEqual([3, undefined, 4]);
  });

  it("when a person's facts are forgotten by prefix, then only theirs go", () => {
    const memory = new RecentMemory<boolean>(10);
    memory.set('p1\u00002026-11-24_prompt', true, 0);
    memory.set('p1\u00002026-11-25_prompt', true, 0);
    memory.set('p10\u00002026-11-24_prompt', true, 0);
    memory.deleteStartingWith('p1\u0000');
    expect([memory.get('p1\u00002026-11-24_prompt', 0, 0), memory.get('p1\u00002026-11-25_prompt', 0, 0)]).toEqual([undefined, undefined]);
    expect(memory.get('p10\u00002026-11-24_prompt', 0, 0)).toBe(true);
  });
});
