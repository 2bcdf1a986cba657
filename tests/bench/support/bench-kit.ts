import { cpus, loadavg } from 'node:os';

/**
 * What every benchmark shares: its arguments, one percentile function, progress on stderr, and
 * one shape of result (the last line of stdout, JSON). Each bench names its baseline and says
 * what kind it is: a floor (the least work the job needs, so the ratio says how close Positie
 * comes) or a comparison design (another way to build the same thing, so the ratio says how much
 * the chosen design gains, not how close it is to the least possible).
 */

/** `--name value` from the command line as a number, with a default and a lower bound. */
export function numberArgument(name: string, fallback: number, min = 0): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} needs a number of at least ${min}`);
  return value;
}

/** True when `--name` is on the command line. */
export function flagArgument(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** Runs `work` for every index below `count` with at most `limit` in flight. */
export async function inPool(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** The value at quantile `q` (0..1) of samples: the smallest value with at least q of them at or below it. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** p50, p95 and p99 of samples in ms, rounded to hundredths. */
export function percentiles(samples: readonly number[]): { p50: number; p95: number; p99: number } {
  return { p50: round2(quantile(samples, 0.5)), p95: round2(quantile(samples, 0.95)), p99: round2(quantile(samples, 0.99)) };
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Progress for the reader of a long run; stdout stays for the result line. */
export function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** What a bench compares with. */
export interface Baseline {
  kind: 'floor' | 'comparison';
  /** What the baseline does, in a few words. */
  is: string;
}

/**
 * Prints the result: a line on stderr saying what the baseline is, and the JSON line every bench
 * ends with: `bench`, `baseline` (floor or comparison), `baselineIs`, the figures, and the machine
 * it ran on (cores, load average over the last minute: a loaded machine gives other figures).
 */
export function printResult(bench: string, baseline: Baseline, figures: Record<string, unknown>): void {
  const kind = baseline.kind === 'floor' ? 'a floor (the least work the job needs)' : 'a comparison design (not a floor: another way to build it)';
  progress(`${bench}: the baseline is ${kind}: ${baseline.is}`);
  const [load1 = Number.NaN] = loadavg();
  console.log(JSON.stringify({ bench, baseline: baseline.kind, baselineIs: baseline.is, ...figures, cores: cpus().length, load1m: round2(load1) }));
}
