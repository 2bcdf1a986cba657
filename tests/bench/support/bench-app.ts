import { createApp, type App, type AppOptions } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';
import { createTableStore } from '../../../src/store/table-store';
import { countingTables, type CallTally } from './counting-tables';

export interface BenchApp {
  app: App;
  /** Storage calls of this instance, per table and method. */
  tally: Map<string, CallTally>;
}

/**
 * A real Positie app (createApp) on the given storage, with counted storage calls. The
 * scheduler is off: the bench drives ticks itself.
 */
export async function startBenchApp(connectionString: string, options: { prefix: string; instanceId: string; env?: Record<string, string>; wrapMessenger?: AppOptions['wrapMessenger'] }): Promise<BenchApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', TABLE_PREFIX: options.prefix, TABLES_CONNECTION_STRING: connectionString, SCHEDULER: 'off', ...options.env });
  const counted = countingTables(createTableStore({ kind: 'connectionString', connectionString }, config.TABLE_PREFIX));
  const app = await createApp({ config, logger: createLogger(config.LOG_LEVEL), tables: counted.tables, instanceId: options.instanceId, ...(options.wrapMessenger ? { wrapMessenger: options.wrapMessenger } : {}) });
  return { app, tally: counted.tally };
}

/** Adds up the tallies of several instances. */
export function mergeTallies(tallies: readonly Map<string, CallTally>[]): Map<string, CallTally> {
  const merged = new Map<string, CallTally>();
  for (const tally of tallies) {
    for (const [key, t] of tally) {
      const entry = merged.get(key) ?? { calls: 0, ms: 0, entities: 0 };
      merged.set(key, { calls: entry.calls + t.calls, ms: entry.ms + t.ms, entities: entry.entities + t.entities });
    }
  }
  return merged;
}
