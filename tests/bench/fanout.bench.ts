/**
 * Issue 5: one fan-out of daily prompts through the real scheduler and sender, against a Bot
 * Connector stub that enforces Teams' limits and injects 429/503 (seeded).
 *   npm run bench:fanout -- --users 10000 [--ceiling 50] [--instances 1] [--p429 0.05]
 *                           [--p503 0.01] [--retry-after 1] [--seed 42]
 * The baseline is a floor: the stub's ceiling (Teams' rate), which no fan-out can beat;
 * achievedRps / ceilingRps says how close the fan-out comes. The last stdout line is JSON.
 */
import type { Messenger } from '../../src/features/messenger';
import { runTick } from '../../src/scheduler/tick';
import { startAzurite } from '../../src/store/embedded-azurite';
import { ThrottlingConnector } from '../support/throttling-connector';
import { seedPeople } from '../support/seed-people';
import { numberArgument, printResult, progress, round2 } from './support/bench-kit';
import { mergeTallies, startBenchApp, type BenchApp } from './support/bench-app';
import { tallySummary } from './support/counting-tables';
import { writeDueEntries } from './support/due-seeding';
import { azuriteCpuSeconds, ownCpuSeconds } from './support/cpu-usage';
import { createTableStore } from '../../src/store/table-store';

const DUE = new Date('2026-11-24T15:00:00Z'); // a Tuesday, 16:00 in Amsterdam
const MAX_ROUNDS = 8;

/** Times every proactive send of an instance (waiting for a slot and retries included); given to createApp, which wraps its sender with it. */
function timedSends(sendMs: { total: number }): (inner: Messenger) => Messenger {
  return (inner) => ({
    update: (target, id, card) => inner.update(target, id, card),
    send: async (target, card) => {
      const started = performance.now();
      try {
        return await inner.send(target, card);
      } finally {
        sendMs.total += performance.now() - started;
      }
    },
  });
}

/** How many of the sorted times fall in each window of `ms` from the first: where a fan-out slows down. */
function perWindow(times: readonly number[], ms: number): number[] {
  const counts: number[] = [];
  for (const t of times) {
    const index = Math.floor((t - (times[0] ?? 0)) / ms);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return Array.from(counts, (n) => n ?? 0);
}

async function main(): Promise<void> {
  const users = numberArgument('users', 10_000, 1);
  // Teams' own limit and TEAMS_MAX_RPS's default; a higher ceiling measures this machine, not the sender.
  const ceiling = numberArgument('ceiling', 50, 1);
  const instanceCount = numberArgument('instances', 1, 1);
  const connector = new ThrottlingConnector({
    tenantRps: ceiling,
    inject429: numberArgument('p429', 0.05),
    inject503: numberArgument('p503', 0.01),
    retryAfterSeconds: numberArgument('retry-after', 1),
    seed: numberArgument('seed', 42),
  });
  const azurite = await startAzurite({});
  const instances: BenchApp[] = [];
  try {
    await connector.start();
    const env = { TEAMS_MAX_RPS: String(ceiling) };
    const sendMs = { total: 0 };
    for (let i = 0; i < instanceCount; i += 1) instances.push(await startBenchApp(azurite.connectionString, { prefix: 'fan', instanceId: `i${i}`, env, wrapMessenger: timedSends(sendMs) }));
    const first = instances[0];
    if (!first) throw new Error('no instance');
    let started = performance.now();
    const keys = await seedPeople(first.app.services, 1, users, connector.url, undefined, 16);
    const due = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, 'fan').table('due');
    await writeDueEntries(due, keys.map((personKey) => ({ personKey, dueAt: DUE })), { pointers: true, parallel: 16 });
    progress(`seeded ${users} people in ${round2((performance.now() - started) / 1000)} s`);
    instances.forEach((i) => i.tally.clear());

    sendMs.total = 0;
    const cpuBefore = { azurite: azuriteCpuSeconds(azurite.port), app: ownCpuSeconds() };
    started = performance.now();
    let lastWork = started;
    const rounds: { round: number; dueRead: number; sent: number; failed: number; busy: number }[] = [];
    for (let round = 0; round < MAX_ROUNDS && connector.perConversation.size < users; round += 1) {
      const at = new Date(DUE.getTime() + 20_000 + round * 60_000);
      const reports = await Promise.all(instances.map((i) => runTick(i.app.ticker, at)));
      const sum = (pick: (r: (typeof reports)[number]) => number): number => reports.reduce((n, r) => n + pick(r), 0);
      rounds.push({ round, dueRead: sum((r) => r.dueRead), sent: sum((r) => r.sent.length), failed: sum((r) => r.failed), busy: sum((r) => r.busy) });
      progress(`round ${round}: ${JSON.stringify(rounds[rounds.length - 1])}, ${connector.perConversation.size} delivered`);
      if (sum((r) => r.dueRead) > 0) lastWork = performance.now();
    }
    const seconds = (lastWork - started) / 1000;
    const cpuMs = (after: number, before: number): number => round2(((after - before) * 1000) / Math.max(1, users));
    progress(`CPU per delivery: Azurite ${cpuMs(azuriteCpuSeconds(azurite.port), cpuBefore.azurite)} ms, app + stub ${cpuMs(ownCpuSeconds(), cpuBefore.app)} ms`);

    const counts = [...connector.perConversation.values()];
    const delivered = counts.length;
    const duplicates = counts.reduce((n, c) => n + Math.max(0, c - 1), 0);
    const firstSend = connector.acceptedAt[0] ?? 0;
    const lastSend = connector.acceptedAt[connector.acceptedAt.length - 1] ?? 0;
    const sendPhaseSeconds = (lastSend - firstSend) / 1000;
    const sendPhaseRps = sendPhaseSeconds > 0 ? (connector.acceptedAt.length - 1) / sendPhaseSeconds : 0;
    const tally = mergeTallies(instances.map((i) => i.tally));
    const storageMs = [...tally.values()].reduce((n, t) => n + t.ms, 0);
    const storageCalls = [...tally.values()].reduce((n, t) => n + t.calls, 0);
    progress(`connector: ${JSON.stringify(connector.counts)}`);
    progress(`accepted per 5 s: ${JSON.stringify(perWindow(connector.acceptedAt, 5000))}`);
    progress(`storage calls: ${JSON.stringify(tallySummary(tally))}`);
    progress(
      `per delivery: ${round2(storageCalls / Math.max(1, delivered))} storage calls, ${round2(storageMs / Math.max(1, delivered))} ms in storage, ` +
        `${round2(sendMs.total / Math.max(1, delivered))} ms in send (slot wait + HTTP + retries), summed over ${instanceCount} x parallel workers`,
    );
    const achievedRps = delivered / seconds;
    printResult(
      'fanout',
      { kind: 'floor', is: `the connector's ceiling of ${ceiling} sends a second (Teams' rate): no fan-out can go faster` },
      {
        users,
        delivered,
        duplicates,
        lost: users - delivered,
        seconds: round2(seconds),
        ceilingRps: ceiling,
        achievedRps: round2(achievedRps),
        ratio: round2(achievedRps / ceiling),
        sendPhaseSeconds: round2(sendPhaseSeconds),
        sendPhaseRps: round2(sendPhaseRps),
        sendPhaseRatio: round2(sendPhaseRps / ceiling),
        instances: instanceCount,
      },
    );
  } finally {
    await Promise.all(instances.map((i) => i.app.close()));
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
