import { DueQueue } from '../../src/scheduler/due-queue';
import type { DueEntry } from '../../src/domain/due-entry';

const entry = (n: number): DueEntry => ({ personKey: `t_p${n}`, kind: 'prompt', dueAt: '2026-11-24T15:00:00.000Z', partition: 'b202611241500-00' });

describe('the due queue of a tick', () => {
  it('when many people are due, then its workers start one send apart instead of all at once, and every entry is delivered once', async () => {
    const startedAt: number[] = [];
    const delivered: string[] = [];
    const queue = new DueQueue(Array.from({ length: 12 }, (_, n) => entry(n)), async () => [], new Set());
    const first = performance.now();
    await queue.run(
      6,
      async (e) => {
        if (startedAt.length < 6) startedAt.push(performance.now() - first);
        delivered.push(e.personKey);
        // Each entry waits for its send slot (the rate limiter's), longer than all workers take to start.
        await new Promise((resolve) => setTimeout(resolve, 300));
        return 'sent';
      },
      40,
    );
    // A lower bound only: a slow machine spaces them further, never closer.
    expect(startedAt[5]).toBeGreaterThanOrEqual(5 * 40 - 5);
    expect(delivered.sort()).toEqual(Array.from({ length: 12 }, (_, n) => `t_p${n}`).sort());
  });
});
