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

/** The value at quantile `q` (0..1) of already sorted numbers. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Progress for the reader of a long run; stdout stays for the result lines. */
export function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
