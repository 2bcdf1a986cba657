import type { Config } from '../../config';
import type { Logger } from '../../log';
import { errorSummary } from '../../log';
import { CheckinResponsesRepository } from '../../store/checkin-responses-repository';
import { CheckinsRepository } from '../../store/checkins-repository';
import type { TableStore } from '../../store/table-store';
import { CounterCoalescer } from './counter-coalescer';

/**
 * Used only when CHECKIN_SECRET is unset outside production (the Agents Playground, tests).
 * Production refuses to start without a real secret (src/config.ts).
 */
export const DEVELOPMENT_CHECKIN_SECRET = 'positie-DEVELOPMENT-ONLY-checkin-secret-never-use-in-production';

/** Everything team check-ins need beyond the common services. */
export interface CheckinServices {
  store: CheckinsRepository;
  responses: CheckinResponsesRepository;
  /** Coalesces the answer counter on shared cards (one update per check-in per 3 s). */
  counters: CounterCoalescer;
  /** Key of the pseudonyms and start tokens. */
  secret: string;
}

export const COUNTER_FIRST_DELAY_MS = 1000;
export const COUNTER_WINDOW_MS = 3000;

export function createCheckinServices(tables: TableStore, config: Config, logger: Logger): CheckinServices {
  if (config.CHECKIN_SECRET === undefined && config.NODE_ENV === 'production') throw new Error('CHECKIN_SECRET is required in production');
  if (config.CHECKIN_SECRET === undefined && !config.localMode) logger.warn({ event: 'checkin.devSecret' }, 'CHECKIN_SECRET unset: using the development secret');
  return {
    store: new CheckinsRepository(tables.table('checkins')),
    responses: new CheckinResponsesRepository(tables.table('checkinResponses')),
    counters: new CounterCoalescer({
      firstDelayMs: COUNTER_FIRST_DELAY_MS,
      windowMs: COUNTER_WINDOW_MS,
      onError: (error) => logger.warn({ event: 'checkin.counter.failed', err: errorSummary(error) }, 'check-in counter update failed'),
    }),
    secret: config.CHECKIN_SECRET ?? DEVELOPMENT_CHECKIN_SECRET,
  };
}
