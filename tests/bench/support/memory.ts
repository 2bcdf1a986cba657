import { readFileSync } from 'node:fs';

/** Resident set size of a process in MiB, from /proc (NaN where /proc is not available). */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Samples the RSS of `pid` once a second until `done()` says so (checked each second, after at
 * least `minSeconds`) or `maxSeconds` passed; returns the median, the peak and how long it sampled.
 */
export async function idleRss(pid: number, options: { minSeconds: number; maxSeconds: number; done?: () => boolean }): Promise<{ medianMb: number; peakMb: number; seconds: number }> {
  const samples: number[] = [];
  while (samples.length < options.maxSeconds && (samples.length < options.minSeconds || !(options.done?.() ?? true))) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    samples.push(rssMb(pid));
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMb: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, peakMb: sorted[sorted.length - 1] ?? Number.NaN, seconds: samples.length };
}
