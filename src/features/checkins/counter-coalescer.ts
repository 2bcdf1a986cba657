import { wallTimeMs } from '../../clock';

/**
 * Coalesces updates of a shared check-in card so a burst of answers does not run into Teams'
 * per-conversation limit. Per check-in, per process:
 *
 * - The first answer schedules one update after `firstDelayMs` (a short pause that gathers the
 *   answers of a burst); answers while that update is pending only mark the check-in dirty.
 * - After an update, the next one starts no sooner than `windowMs` after it: an answer in that
 *   window schedules an update at the end of the window, so there is at most one update per
 *   check-in per window.
 * - The update itself reads the count from storage when it runs, so it is always the latest
 *   count, whichever instance took the answers.
 * - Timers are unref'd (they never keep the process alive); `flushAll` runs every pending
 *   update now, once (tests), and `settle` waits for a check-in before its results are posted.
 */
interface CoalescerOptions {
  firstDelayMs: number;
  windowMs: number;
  /** Milliseconds clock (the real one; the bot's movable clock is for deadlines, not timers). */
  now?: () => number;
  onError?: (error: unknown) => void;
}

interface Pending {
  dirty: boolean;
  lastRunMs: number;
  update: () => Promise<void>;
  timer?: NodeJS.Timeout;
  /** An update is scheduled (rather than the forget timer of forgetAfterWindow). */
  scheduled: boolean;
  running?: Promise<void>;
}

export class CounterCoalescer {
  private readonly pending = new Map<string, Pending>();
  private readonly now: () => number;

  constructor(private readonly options: CoalescerOptions) {
    this.now = options.now ?? (() => wallTimeMs());
  }

  /** An answer arrived: make sure one update runs soon; `update` is the latest way to run it. */
  touch(key: string, update: () => Promise<void>): void {
    const state = this.pending.get(key) ?? { dirty: false, scheduled: false, lastRunMs: Number.NEGATIVE_INFINITY, update };
    this.pending.set(key, state);
    state.update = update;
    state.dirty = true;
    if (state.running || state.scheduled) return;
    if (state.timer) clearTimeout(state.timer);
    this.schedule(key, state);
  }

  /** Drops a pending update (the check-in closed) and waits for one that is already running. */
  async settle(key: string): Promise<void> {
    const state = this.pending.get(key);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    this.pending.delete(key);
    await state.running;
  }

  /**
   * Runs every pending update now, once, and waits for them and for any already running. An
   * update that asks for another (the shown count could not move yet) gets it after the window,
   * as usual, rather than at once: a flush must not spin against the count's window.
   */
  async flushAll(): Promise<void> {
    const flushed = new Set<string>();
    for (;;) {
      const busy = [...this.pending.entries()].filter(([key, state]) => state.running || (state.dirty && !flushed.has(key)));
      if (busy.length === 0) return;
      await Promise.all(
        busy.map(([key, state]) => {
          if (state.running) return state.running;
          flushed.add(key);
          if (state.timer) clearTimeout(state.timer);
          return this.run(key, state);
        }),
      );
    }
  }

  /** How many check-ins have an update pending or running (for tests). */
  get size(): number {
    return this.pending.size;
  }

  private schedule(key: string, state: Pending): void {
    const delay = Math.max(this.options.firstDelayMs, state.lastRunMs + this.options.windowMs - this.now());
    state.scheduled = true;
    state.timer = setTimeout(() => void this.run(key, state), delay);
    state.timer.unref();
  }

  private run(key: string, state: Pending): Promise<void> {
    state.timer = undefined;
    state.scheduled = false;
    state.dirty = false;
    const running = state
      .update()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        state.lastRunMs = this.now();
        state.running = undefined;
        if (this.pending.get(key) !== state) return;
        if (state.dirty) this.schedule(key, state);
        else this.forgetAfterWindow(key, state);
      });
    state.running = running;
    return running;
  }

  /** Keeps the last run time for one window (so the spacing holds), then forgets the check-in. */
  private forgetAfterWindow(key: string, state: Pending): void {
    state.timer = setTimeout(() => {
      if (this.pending.get(key) === state && !state.dirty && !state.running) this.pending.delete(key);
    }, this.options.windowMs);
    state.timer.unref();
  }
}
