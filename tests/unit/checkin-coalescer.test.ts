import { CounterCoalescer } from '../../src/features/checkins/counter-coalescer';

describe('check-in counter coalescing', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  const coalescer = () => new CounterCoalescer({ firstDelayMs: 1000, windowMs: 3000, now: () => Date.now() });

  it('when a burst of answers arrives, then one update runs after the short delay', async () => {
    const c = coalescer();
    const update = jest.fn(() => Promise.resolve());
    for (let i = 0; i < 20; i += 1) c.touch('a', update);
    await jest.advanceTimersByTimeAsync(999);
    expect(update).toHaveBeenCalledTimes(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('when answers keep coming, then updates are at least a window apart', async () => {
    const c = coalescer();
    const times: number[] = [];
    const update = () => {
      times.push(Date.now());
      return Promise.resolve();
    };
    for (let t = 0; t < 10_000; t += 200) {
      c.touch('a', update);
      await jest.advanceTimersByTimeAsync(200);
    }
    await jest.advanceTimersByTimeAsync(5000);
    for (let i = 1; i < times.length; i += 1) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(3000);
    expect(times.length).toBeGreaterThanOrEqual(3);
  });

  it('check-ins are coalesced separately, and flushAll runs what is pending at once', async () => {
    const c = coalescer();
    const a = jest.fn(() => Promise.resolve());
    const b = jest.fn(() => Promise.resolve());
    c.touch('a', a);
    c.touch('b', b);
    await c.flushAll();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('when a check-in settles, then its pending update is dropped and it is forgotten', async () => {
    const c = coalescer();
    const update = jest.fn(() => Promise.resolve());
    c.touch('a', update);
    await c.settle('a');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(update).not.toHaveBeenCalled();
    expect(c.size).toBe(0);
  });

  it('after a quiet window the check-in is forgotten', async () => {
    const c = coalescer();
    c.touch('a', () => Promise.resolve());
    await jest.advanceTimersByTimeAsync(1000);
    expect(c.size).toBe(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(c.size).toBe(0);
  });
});
