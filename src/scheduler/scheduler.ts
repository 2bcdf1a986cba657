import cron from 'node-cron';
import { errorSummary } from '../log';
import { runTick, type Ticker } from './tick';

interface Scheduler {
  stop(): Promise<void>;
}

/**
 * One tick a minute. A tick that is still running (a large fan-out) makes the next one wait
 * its turn instead of overlapping; another instance may tick at the same time safely.
 */
export function startScheduler(ticker: Ticker): Scheduler {
  const { services } = ticker;
  let running: Promise<void> | undefined;
  const task = cron.schedule('* * * * *', () => {
    if (running) return;
    running = runTick(ticker, services.now())
      .then((report) => {
        if (report.dueRead > 0) {
          services.logger.info({ event: 'tick', due: report.dueRead, sent: report.sent.length, busy: report.busy, failed: report.failed, skipped: report.skipped }, 'tick');
        }
      })
      .catch((error: unknown) => services.logger.error({ event: 'tick.failed', err: errorSummary(error) }, 'tick failed'))
      .finally(() => {
        running = undefined;
      });
  });
  return {
    stop: async () => {
      await task.stop();
      await running;
    },
  };
}
