import type { Config } from '../../config';
import type { Logger } from '../../log';
import { errorSummary } from '../../log';
import { CheckinResponsesRepository } from '../../store/checkin-responses-repository';
import { CheckinsRepository } from '../../store/checkins-repository';
import { CheckinSeriesRepository } from '../../store/checkin-series-repository';
import type { TableStore } from '../../store/table-store';
import { CounterCoalescer } from './counter-coalescer';
import { requiredSecret } from '../../local-secrets';

/** Everything team check-ins need beyond the common services. */
export interface CheckinServices {
  /** The check-ins themselves (one row per check-in); `responses` and `series` are the other two tables. */
  checkins: CheckinsRepository;
  responses: CheckinResponsesRepository;
  /** Recurring check-ins, posted by the scheduler (src/features/checkins/post-due-series.ts). */
  series: CheckinSeriesRepository;
  /** Coalesces the answer counter on shared cards (one update per check-in per 3 s). */
  counters: CounterCoalescer;
  /** Key of the check-in keys and start tokens (the operator's, or local mode's own: src/local-secrets.ts). */
  secret: string;
}

const COUNTER_FIRST_DELAY_MS = 1000;
export const COUNTER_WINDOW_MS = 3000;

export function createCheckinServices(tables: TableStore, config: Config, logger: Logger): CheckinServices {
  return {
    checkins: new CheckinsRepository(tables.table('checkins')),
    responses: new CheckinResponsesRepository(tables.table('checkinResponses')),
    series: new CheckinSeriesRepository(tables.table('checkinSeries')),
    counters: new CounterCoalescer({
      firstDelayMs: COUNTER_FIRST_DELAY_MS,
      windowMs: COUNTER_WINDOW_MS,
      onError: (error) => logger.warn({ event: 'checkin.counter.failed', err: errorSummary(error) }, 'check-in counter update failed'),
    }),
    secret: requiredSecret(config.CHECKIN_SECRET),
  };
}
