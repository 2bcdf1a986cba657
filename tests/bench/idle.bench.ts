/**
 * Issue 11, idle footprint: `npm run bench:idle -- [--users 10000]`.
 * Seeds N registered people (profile, conversation, next prompt tomorrow), then starts the
 * compiled app as its own process with its scheduler on, times start-up to the first 200 from
 * /readyz and samples its resident memory while idle, over at least two scheduler ticks: two
 * more people are due at the next two whole minutes after the app is ready, and sampling ends
 * only once both prompts reached the connector stub (the ticks ran, and their work is in the
 * figure: 1 to 3 minutes). The baseline is a floor: the minimal bot of tests/bench/support/baseline-bot.ts
 * (restify, botbuilder, one table client: what any bot on this stack holds), compiled and
 * measured the same way, for as long. The last stdout line is JSON.
 */
import { freePort, startAzurite } from '../../src/store/embedded-azurite';
import { createTableStore } from '../../src/store/table-store';
import { RecordingConnector } from '../support/recording-connector';
import { seedPeople } from '../support/seed-people';
import { startAppProcess } from './support/app-process';
import { numberArgument, printResult, progress, round2 } from './support/bench-kit';
import { startBenchApp } from './support/bench-app';
import { compileForBench } from './support/compiled-build';
import { writeDueEntries } from './support/due-seeding';
import { idleRss } from './support/memory';

const PREFIX = 'idle';
const MINUTE_MS = 60_000;

async function main(): Promise<void> {
  const users = Math.round(numberArgument('users', 10_000, 1));
  let started = performance.now();
  const build = compileForBench();
  progress(`compiled in ${round2((performance.now() - started) / 1000)} s`);
  const azurite = await startAzurite({});
  const connector = new RecordingConnector();
  await connector.start();
  try {
    started = performance.now();
    const seeding = await startBenchApp(azurite.connectionString, { prefix: PREFIX, instanceId: 'seed' });
    const keys = await seedPeople(seeding.app.services, 1, users, 'http://127.0.0.1:9', undefined, 16);
    // Tomorrow at some minute between 07:00 and 19:00 UTC: nothing of theirs is due while the app idles.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    tomorrow.setUTCHours(7, 0, 0, 0);
    const entries = keys.map((personKey, n) => ({ personKey, dueAt: new Date(tomorrow.getTime() + (n % 720) * MINUTE_MS) }));
    const dueTable = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, PREFIX).table('due');
    await writeDueEntries(dueTable, entries, { pointers: true, parallel: 16 });
    progress(`seeded ${users} people in ${round2((performance.now() - started) / 1000)} s`);

    // Two more people, due at the next two whole minutes once the app is ready: proof of two ticks.
    const canaries = await seedPeople(seeding.app.services, users + 1, 2, connector.url, undefined, 2);
    await seeding.app.close();
    const dueAtNextMinutes = async (): Promise<void> => {
      const first = Math.ceil((Date.now() + 5_000) / MINUTE_MS) * MINUTE_MS;
      await writeDueEntries(dueTable, canaries.map((personKey, i) => ({ personKey, dueAt: new Date(first + i * MINUTE_MS) })), { pointers: true, parallel: 2 });
    };
    const measure = async (script: string, env: Record<string, string>, sampling: { seconds?: number; beforeIdle?: () => Promise<void> }): Promise<{ startupMs: number; medianMb: number; peakMb: number; seconds: number }> => {
      const port = await freePort();
      const app = await startAppProcess({ script, port, useTsx: false, env: { ...env, PORT: String(port), BASELINE_PORT: String(port) } });
      try {
        const pid = app.child.pid ?? 0;
        const sent = connector.sent.length;
        await sampling.beforeIdle?.();
        const done = (): boolean => connector.sent.length - sent >= 2;
        const window = sampling.seconds ? { minSeconds: sampling.seconds, maxSeconds: sampling.seconds } : { minSeconds: 20, maxSeconds: 3 * 60, done };
        return { startupMs: app.startupMs, ...(await idleRss(pid, window)) };
      } finally {
        await app.stop();
      }
    };
    const common = { TABLES_CONNECTION_STRING: azurite.connectionString, MicrosoftAppId: '', NODE_ENV: 'development' };
    const before = connector.sent.length;
    const positie = await measure(build.positieMain, { ...common, TABLE_PREFIX: PREFIX, SCHEDULER: 'on', LOG_LEVEL: 'info' }, { beforeIdle: dueAtNextMinutes });
    const ticksSeen = connector.sent.length - before;
    progress(`positie: ${JSON.stringify(positie)}, ${ticksSeen} of the 2 ticks' prompts arrived`);
    if (ticksSeen < 2) throw new Error('the idle window did not cover two scheduler ticks');
    const baseline = await measure(build.baselineBot, common, { seconds: positie.seconds });
    progress(`baseline: ${JSON.stringify(baseline)}`);
    printResult(
      'idle',
      { kind: 'floor', is: 'a minimal bot on the same stack (restify, botbuilder, one table client), compiled and sampled as long' },
      {
        registered: users,
        rssMb: round2(positie.medianMb),
        peakRssMb: round2(positie.peakMb),
        startupMs: Math.round(positie.startupMs),
        idleSeconds: positie.seconds,
        ticksSeen,
        baselineRssMb: round2(baseline.medianMb),
        baselinePeakRssMb: round2(baseline.peakMb),
        baselineStartupMs: Math.round(baseline.startupMs),
        ratioRss: round2(positie.medianMb / baseline.medianMb),
      },
    );
  } finally {
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
