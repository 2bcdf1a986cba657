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

/** Samples the RSS of `pid` once a second for `seconds`; returns the median and the peak. */
export async function idleRss(pid: number, seconds: number): Promise<{ medianMb: number; peakMb: number }> {
  const samples: number[] = [];
  for (let i = 0; i < seconds; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    samples.push(rssMb(pid));
  }
  samples.sort((a, b) => a - b);
  return { medianMb: samples[Math.floor(samples.length / 2)] ?? Number.NaN, peakMb: samples[samples.length - 1] ?? Number.NaN };
}
