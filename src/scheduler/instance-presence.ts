import type { Logger } from '../log';
import { errorSummary } from '../log';
import type { InstancesRepository } from '../store/instances-repository';
import { wallTimeMs } from '../clock';

/** How often an instance says it is alive. */
const BEAT_MS = 60_000;
/** An instance not heard of for this long no longer counts (it crashed or was scaled in). */
const LIVE_MS = 150_000;

/**
 * Teams limits a bot per tenant, not per instance. Each instance says every minute (and at each
 * tick) that it is alive and counts the others, and its sender keeps to its share of the rate.
 * Wall-clock time: liveness is about real processes, not the clock /dev/tick moves.
 */
export class InstancePresence {
  private timer: NodeJS.Timeout | undefined;
  private count = 1;
  /** Wall-clock time of the last refresh, so a tick's refresh spares the timer's. */
  private refreshedAt = 0;

  constructor(
    private readonly instances: InstancesRepository,
    private readonly instanceId: string,
    private readonly share: (instances: number) => void,
    private readonly logger: Logger,
  ) {}

  /** Says this instance is alive and shares the rate among the live ones; a storage error keeps the last share. */
  async refresh(): Promise<number> {
    try {
      const now = new Date(wallTimeMs());
      this.refreshedAt = now.getTime();
      await this.instances.beat(this.instanceId, now);
      const live = Math.max(1, await this.instances.liveSince(new Date(now.getTime() - LIVE_MS)));
      if (live !== this.count) this.logger.info({ event: 'instances.changed', instances: live }, 'sharing the Teams rate');
      this.count = live;
      this.share(live);
    } catch (error) {
      this.logger.warn({ event: 'instances.refresh_failed', err: errorSummary(error) }, 'instance count not refreshed');
    }
    return this.count;
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
    await this.instances.remove(this.instanceId).catch(() => undefined);
  }
}
