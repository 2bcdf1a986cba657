import type { PrivacyDeps } from './privacy-deps';
import { DateTime } from 'luxon';
import { errorSummary } from '../../log';

/** Local hour (DEFAULT_TIME_ZONE) of the daily run: quiet, and before anyone's first prompt. */
const RETENTION_HOUR = 3;

/**
 * Runs retention once a day, in the first tick of 03:xx that claims the day (a row in the
 * Privacy table, so one instance of several runs it). Outside that hour, and after this
 * instance saw the day's claim, a tick costs nothing. A run that fails is finished the next
 * day: every step is idempotent. Returns 0: the tick report counts closed check-ins.
 */
export async function dailyRetention(services: PrivacyDeps, now: Date): Promise<number> {
  const context = services.privacy;
  const local = DateTime.fromJSDate(now).setZone(services.config.DEFAULT_TIME_ZONE);
  const today = local.toISODate();
  if (local.hour !== RETENTION_HOUR || !today || context.lastRetentionDate === today) return 0;
  try {
    const claimed = await context.personRows.claimRetentionRun(today);
    context.lastRetentionDate = today;
    if (!claimed) return 0;
    const report = await context.personRows.sweepRetention(now, services.config.RETENTION_DAYS);
    services.logger.info({ event: 'retention.done', ...report }, 'retention run');
  } catch (error) {
    services.logger.error({ event: 'retention.failed', err: errorSummary(error) }, 'retention run failed; tomorrow finishes it');
  }
  return 0;
}
