import type { DueEntry } from '../domain/due-entry';
import { wallTimeMs } from '../clock';

/** The outcome a worker reports for one entry; anything but a send may mean another instance got there first. */
type EntryOutcome = 'sent' | 'skipped' | 'busy' | 'failed';

/** Looking again at what is still due costs a read of the index: at most once a second. */
const PRUNE_EVERY_MS = 1000;

/** A stable key of a due entry, to tell which entries a tick already tried. */
export function entryKey(entry: DueEntry): string {
  return `${entry.partition}|${entry.kind}|${entry.personKey}|${entry.deliveryId ?? ''}`;
}

/**
 * The entries one tick works through with parallel workers. When a worker finds an entry another
 * instance already took (busy, or done and skipped), the two have met: the rest of the list is
 * checked against what is still due, so that this instance does not walk, entry by entry, through
 * a stretch the other one has already sent.
 */
export class DueQueue {
  private next = 0;
  private prunedAt = Number.NEGATIVE_INFINITY;
  private pruning: Promise<void> | undefined;

  constructor(
    private entries: DueEntry[],
    private readonly stillDue: () => Promise<DueEntry[]>,
    private readonly tried: Set<string>,
  ) {}

  /**
   * Runs `deliver` over the entries with `parallel` workers, the k-th starting `startSpacingMs`
   * × k after the first. Sends go out at the rate anyway; workers that all start at once would
   * read and render `parallel` entries in one burst, which answers on the same instance wait behind.
   */
  async run(parallel: number, deliver: (entry: DueEntry) => Promise<EntryOutcome>, startSpacingMs = 0): Promise<void> {
    const worker = async (k: number): Promise<void> => {
      if (k > 0 && startSpacingMs > 0) await new Promise((resolve) => setTimeout(resolve, k * startSpacingMs));
      for (let entry = this.take(); entry; entry = this.take()) {
        const outcome = await deliver(entry);
        if (outcome === 'busy' || outcome === 'skipped') await this.prune();
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, this.entries.length) }, (_, k) => worker(k)));
  }

  private take(): DueEntry | undefined {
    const entry = this.entries[this.next++];
    if (entry) this.tried.add(entryKey(entry));
    return entry;
  }

  private async prune(): Promise<void> {
    if (this.pruning) return this.pruning;
    if (wallTimeMs() - this.prunedAt < PRUNE_EVERY_MS || this.next >= this.entries.length) return;
    this.prunedAt = wallTimeMs();
    this.pruning = (async () => {
      try {
        const due = new Set((await this.stillDue()).map(entryKey));
        const rest = this.entries.slice(this.next).filter((entry) => due.has(entryKey(entry)));
        this.entries = rest;
        this.next = 0;
      } catch {
        // Not knowing what is still due only costs the walk; the claims keep it correct.
      } finally {
        this.pruning = undefined;
      }
    })();
    return this.pruning;
  }
}
