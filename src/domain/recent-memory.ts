/**
 * What an instance learned lately, to spare storage a call it made a moment ago: at most `max`
 * keys, the oldest dropped first, each with when it was learned (the caller's clock, so this
 * stays pure). A fact is trusted for as long as the caller says.
 */
export class RecentMemory<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(private readonly max: number) {}

  /** The value learned at most `maxAgeMs` before `nowMs`, if any. */
  get(key: string, nowMs: number, maxAgeMs: number): V | undefined {
    const entry = this.entries.get(key);
    return entry && nowMs - entry.at <= maxAgeMs ? entry.value : undefined;
  }

  set(key: string, value: V, nowMs: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, at: nowMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every key that starts with `prefix` (all of one person's). */
  deleteStartingWith(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
