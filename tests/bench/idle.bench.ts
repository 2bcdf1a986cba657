/**
 * Issue 11, idle footprint: `npm run bench:idle -- [--users 10000] [--idle 20]`.
 * Seeds N registered people (profile, conversation, next prompt tomorrow), then starts the
 * compiled app as its own process with its scheduler on, times start-up to the first 200 from
 * /readyz and samples its resident memory while idle. Baseline in the same run: the minimal bot
 * of tests/bench/support/baseline-bot.ts, compiled and measured the same way. Last line is JSON.
 */
import { freePort, startAzurite } from '../../src/store/embedded-azurite';
import { createTableStore } from '../../src/store/table-store';
import { seedPeople } from '../support/seed-people';
import { startAppProcess } from './support/app-process';
import { numberArgument, progress, round2 } from './support/bench-args';
import { startBenchApp } from './support/bench-app';
import { compileForBench } from './support/compiled-build';
import { writeDueEntries } from './support/due-seeding';
import { idleRss } from './support/memory';

const PREFIX = 'idle';
const MINUTE_MS = 60_000;

async function main(): Promise<void> {
  const users = numberArgument('users', 10_000, 1);
  const idleSeconds = numberArgument('idle', 20, 3);
  let started = performance.now();
  const build = compileForBench();
  progress(`compiled in ${round2((performance.now() - started) / 1000)} s`);
  const azurite = await startAzurite({});
  try {
    started = performance.now();
    const seeding = await startBenchApp(azurite.connectionString, { prefix: PREFIX, instanceId: 'seed' });
    const keys = await seedPeople(seeding.app.services, 1, users, 'http://127.0.0.1:9', undefined, 16);
    await seeding.app.close();
    // Tomorrow at some minute between 07:00 and 19:00 UTC: nothing is due while the app idles.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    tomorrow.setUTCHours(7, 0, 0, 0);
    const entries = keys.map((personKey, n) => ({ personKey, dueAt: new Date(tomorrow.getTime() + (n % 720) * MINUTE_MS) }));
    const dueTable = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, PREFIX).table('due');
    await writeDueEntries(dueTable, entries, { pointers: true, parallel: 16 });
    progress(`seeded ${users} people in ${round2((performance.now() - started) / 1000)} s`);

    const measure = async (script: string, env: Record<string, string>): Promise<{ startupMs: number; medianMb: number; peakMb: number }> => {
      const port = await freePort();
      const app = await startAppProcess({ script, port, useTsx: false, env: { ...env, PORT: String(port), BASELINE_PORT: String(port) } });
      try {
        const pid = app.child.pid ?? 0;
        return { startupMs: app.startupMs, ...(await idleRss(pid, idleSeconds)) };
      } finally {
        await app.stop();
      }
    };
    const common = { TABLES_CONNECTION_STRING: azurite.connectionString, MicrosoftAppId: '', NODE_ENV: 'development' };
    const positie = await measure(build.positieMain, { ...common, TABLE_PREFIX: PREFIX, SCHEDULER: 'on', LOG_LEVEL: 'info' });
    progress(`positie: ${JSON.stringify(positie)}`);
    const baseline = await measure(build.baselineBot, common);
    progress(`baseline: ${JSON.stringify(baseline)}`);
    console.log(
      JSON.stringify({
        registered: users,
        rssMb: round2(positie.medianMb),
        peakRssMb: round2(positie.peakMb),
        startupMs: Math.round(positie.startupMs),
        baselineRssMb: round2(baseline.medianMb),
        baselineStartupMs: Math.round(baseline.startupMs),
        idleSeconds,
      }),
    );
  } finally {
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
