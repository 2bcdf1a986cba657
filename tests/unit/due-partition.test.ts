import { duePartition } from '../../src/store/due-repository';

describe('due index buckets', () => {
  it('when 1,000 people are due in the same minute, then they are spread over 32 partitions of that minute, each person always in the same one', () => {
    const at = new Date('2026-11-24T15:00:00Z');
    const partitions = Array.from({ length: 1000 }, (_, i) => duePartition(`tenant_user${i}`, at));
    const counts = new Map<string, number>();
    for (const p of partitions) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(counts.size).toBe(32);
    expect(Math.max(...counts.values())).toBeLessThan(60);
    expect([...counts.keys()].every((p) => /^b202611241500-\d{2}$/.test(p))).toBe(true);
    expect(duePartition('tenant_user7', at)).toBe(partitions[7]);
    // A minute's partitions all sort before the next minute's, which is how a tick finds them.
    expect([...counts.keys()].every((p) => p < duePartition('tenant_user1', new Date(at.getTime() + 60_000)).slice(0, 13))).toBe(true);
  });
});
