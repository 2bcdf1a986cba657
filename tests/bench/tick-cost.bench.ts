/**
 * Issue 5, tick cost: with 100,000 registered people of whom 100 are due, one scheduler tick
 * should read only the due buckets. `npm run bench:tick-cost -- [--registered 100000] [--due 100] [--no-pointers]`
 * Seeds the due index straight into the table (batched; pointer rows one by one, which takes
 * minutes at Azurite's speed), people and conversations only for those due. Baseline in the
 * same run: one scan of the whole due table, which is what a scheduler without the index does:
 * a comparison design, not a floor (the floor, reading only the 100 entries due, is what the
 * tick does; `dueEntitiesRead` says whether it does). The last stdout line is JSON.
 */
import { runTick } from '../../src/scheduler/tick';
import { startAzurite } from '../../src/store/embedded-azurite';
import { createTableStore } from '../../src/store/table-store';
import { personKey } from '../../src/store/keys';
import { seedPeople } from '../support/seed-people';
import { ThrottlingConnector } from '../support/throttling-connector';
import { flagArgument, numberArgument, printResult, progress, round2 } from './support/bench-kit';
import { startBenchApp } from './support/bench-app';
import { tallySummary } from './support/counting-tables';
import { writeDueEntries, type SeedEntry } from './support/due-seeding';

const DUE = new Date('2026-11-24T15:00:00Z');
const DAY_MS = 24 * 3600_000;

async function main(): Promise<void> {
  const registered = numberArgument('registered', 100_000, 1);
  const dueCount = Math.min(registered, numberArgument('due', 100, 1));
  const pointers = !flagArgument('no-pointers');
  const azurite = await startAzurite({});
  const connector = new ThrottlingConnector({ tenantRps: 1000, inject429: 0, inject503: 0, retryAfterSeconds: 1, seed: 1 });
  await connector.start();
  const bench = await startBenchApp(azurite.connectionString, { prefix: 'tick', instanceId: 'tick', env: { TEAMS_MAX_RPS: '1000' } });
  try {
    const services = bench.app.services;
    const dueTable = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, 'tick').table('due');
    let started = performance.now();
    const dueKeys = await seedPeople(services, 1, dueCount, connector.url, undefined, 16);
    // The others are due some minute tomorrow or later: spread over 1,440 minute buckets.
    const future: SeedEntry[] = Array.from({ length: registered - dueCount }, (_, n) => ({
      personKey: personKey('bench-tenant', `future-${n}`),
      dueAt: new Date(DUE.getTime() + DAY_MS + (n % 1440) * 60_000),
    }));
    await writeDueEntries(dueTable, [...dueKeys.map((key) => ({ personKey: key, dueAt: DUE })), ...future], { pointers, parallel: 16 });
    progress(`seeded ${registered} due entries (${pointers ? 'with' : 'without'} pointer rows) in ${round2((performance.now() - started) / 1000)} s`);

    bench.tally.clear();
    started = performance.now();
    const report = await runTick(bench.app.ticker, new Date(DUE.getTime() + 20_000));
    const tickMs = performance.now() - started;
    const dueList = bench.tally.get('due.list');
    progress(`tick: sent ${report.sent.length}, storage ${JSON.stringify(tallySummary(bench.tally))}`);

    started = performance.now();
    let scanned = 0;
    for await (const entity of dueTable.listEntities()) if (entity.partitionKey !== undefined) scanned += 1;
    const fullScanMs = performance.now() - started;
    printResult(
      'tick-cost',
      { kind: 'comparison', is: 'one scan of the whole due table, as a scheduler without the due index would read' },
      {
        registered,
        due: dueCount,
        tickMs: Math.round(tickMs),
        dueEntitiesRead: dueList?.entities ?? 0,
        dueQueryMs: Math.round(dueList?.ms ?? 0),
        sent: report.sent.length,
        baselineFullScanMs: Math.round(fullScanMs),
        baselineEntitiesRead: scanned,
      },
    );
  } finally {
    await bench.app.close();
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
