import { percentiles } from './bench-kit';

/**
 * Fires `fire(seq)` at a fixed rate for `seconds` without waiting for answers (open loop: a
 * slow server does not slow the load down), then waits for the last answers.
 */
export async function openLoop(rps: number, seconds: number, fire: (seq: number) => Promise<void>): Promise<void> {
  const total = Math.round(rps * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  let seq = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * rps) / 1000) + 1);
      while (seq < due) pending.push(fire(seq++));
      if (seq >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  await Promise.all(pending);
}

/** Latencies in ms and failures of one target. */
export class LatencyRecord {
  readonly latencies: number[] = [];
  /** When each request started (performance.now), in the order of `latencies`. */
  readonly startedAt: number[] = [];
  errors = 0;

  async time(work: () => Promise<boolean>): Promise<void> {
    const started = performance.now();
    const ok = await work().catch(() => false);
    this.latencies.push(performance.now() - started);
    this.startedAt.push(started);
    if (!ok) this.errors += 1;
  }

  /** The slowest request started in each window of `ms` from `from`: where the slow ones cluster. */
  slowestPerWindow(from: number, ms: number): number[] {
    const slowest: number[] = [];
    this.startedAt.forEach((at, i) => {
      const window = Math.max(0, Math.floor((at - from) / ms));
      slowest[window] = Math.max(slowest[window] ?? 0, Math.round(this.latencies[i] ?? 0));
    });
    return Array.from(slowest, (v) => v ?? 0);
  }

  /** p50, p95, p99 (ms), the number of requests and of failures. */
  figures(): { p50: number; p95: number; p99: number; requests: number; errors: number } {
    return { ...percentiles(this.latencies), requests: this.latencies.length, errors: this.errors };
  }
}

/** Fires `fire()` at a fixed rate (open loop) until `running()` says stop, then waits for the last answers. */
export async function loopWhile(rps: number, running: () => boolean, fire: () => Promise<void>): Promise<void> {
  const started = performance.now();
  const pending: Promise<void>[] = [];
  let fired = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (!running()) {
        clearInterval(timer);
        return resolve();
      }
      const due = Math.floor(((performance.now() - started) * rps) / 1000) + 1;
      for (; fired < due; fired += 1) pending.push(fire());
    }, 2);
  });
  await Promise.all(pending);
}
