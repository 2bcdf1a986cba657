import type { Logger } from '../log';
import { errorSummary } from '../log';
import type { InstancesRepository } from '../store/instances-repository';
import { placeAmong, type InstancePlace, type RateShare } from '../domain/instance-shares';
import { wallTimeMs } from '../clock';

/** How often an instance says it is alive. */
const BEAT_MS = 60_000;
/** How often an instance in a tick looks whether others finished theirs, to take over their rate. */
const DURING_TICK_MS = 1_000;
/** An instance not heard of for this long no longer counts (it crashed or was scaled in). */
const LIVE_MS = 150_000;

/**
 * Teams limits a bot per tenant, not per instance. Each instance says every minute (and at each
 * tick) that it is alive, finds its place among the others — its share of the due list — and
 * its sender keeps to its share of the rate. An instance that finished its tick says so, and the
 * ones still sending split its share among them.
 * Wall-clock time: liveness is about real processes, not the clock /dev/tick moves.
 */
export class InstancePresence {
  private timer: NodeJS.Timeout | undefined;
  private place: InstancePlace = { rank: 0, count: 1, rate: { sending: 1, rank: 0, resting: 0 } };
  /** Wall-clock time of the last refresh, so a tick's refresh spares the timer's. */
  private refreshedAt = 0;
  /** The tick (its minute) this instance is in or was last in, and whether it finished it. */
  private tick = '';
  private done = false;
  /** Refreshes run one after the other, so that the last one written says the latest state. */
  private refreshing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly instances: InstancesRepository,
    private readonly instanceId: string,
    private readonly share: (rate: RateShare) => void,
    private readonly logger: Logger,
  ) {}

  /**
   * Says this instance is alive (and whether it finished its tick), finds its place among the
   * live ones and takes its share of the rate; returns the number of live instances. A storage
   * error keeps the last place.
   */
  refresh(): Promise<number> {
    const run = this.refreshing.then(() => this.refreshNow());
    this.refreshing = run;
    return run;
  }

  /** A tick starts: this instance sends again, and its place in this tick is fixed from here on. */
  async beginTick(tick: string): Promise<InstancePlace> {
    this.tick = tick;
    this.done = false;
    await this.refresh();
    return this.place;
  }

  /** Looks every few seconds, while `work` runs, whether others finished, and takes over their rate. */
  async during<T>(work: Promise<T>): Promise<T> {
    let pending = false;
    const timer = setInterval(() => {
      if (pending) return;
      pending = true;
      void this.refresh().finally(() => (pending = false));
    }, DURING_TICK_MS);
    timer.unref();
    try {
      return await work;
    } finally {
      clearInterval(timer);
    }
  }

  /** This instance finished its tick: the others may use its share of the rate until its next one. */
  async finishTick(): Promise<void> {
    this.done = true;
    await this.refresh();
  }

  /** This instance's place at the last refresh. */
  get current(): InstancePlace {
    return this.place;
  }

  async start(): Promise<void> {
    await this.refresh();
    // A scheduler instance refreshes at each tick (every minute) already; the timer covers the rest.
    this.timer = setInterval(() => {
      if (wallTimeMs() - this.refreshedAt >= BEAT_MS / 2) void this.refresh();
    }, BEAT_MS);
    this.timer.unref();
  }

  /** A clean stop leaves at once, so the others take its share at their next refresh. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.refreshing;
    await this.instances.remove(this.instanceId).catch(() => undefined);
  }

  private async refreshNow(): Promise<number> {
    try {
      const now = new Date(wallTimeMs());
      this.refreshedAt = now.getTime();
      await this.instances.beat(this.instanceId, now, this.done ? this.tick : '');
      const place = placeAmong(await this.instances.live(this.instanceId, new Date(now.getTime() - LIVE_MS)), this.tick, this.done);
      if (place.count !== this.place.count) this.logger.info({ event: 'instances.changed', instances: place.count }, 'sharing the Teams rate');
      this.place = place;
      this.share(place.rate);
    } catch (error) {
      this.logger.warn({ event: 'instances.refresh_failed', err: errorSummary(error) }, 'instance count not refreshed');
    }
    return this.place.count;
  }
}
