/**
 * Issue 11: card answers at a fixed rate, against Positie and, in the same run, against a
 * baseline bot that only writes one table row per invoke (tests/bench/support/baseline-bot.ts).
 *   npm run bench:answers -- --rps 100 --seconds 60 [--people 600] [--slice 5] [--telemetry]
 * Both run as their own process on one Azurite; the load alternates between them in slices of
 * a few seconds so that other work on the machine hits both alike. With --telemetry a third
 * process, Positie sending OpenTelemetry (default sampling) to a local ingestion stub, takes
 * its slices in the same rotation: its figures are the `telemetry*` fields. Prompts are delivered first
 * with `reflecteer`, so every answer is valid. The last stdout line is JSON.
 */
import { invokeActivity, TENANT, testUser } from '../support/activities';
import { AnswersRepository } from '../../src/store/answers-repository';
import { freePort, startAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import { createTableStore } from '../../src/store/table-store';
import { ANSWER_SERVICE_URL, deliverPrompts, LatencyRecord, openLoop, type PreparedPerson } from './support/answer-load';
import { startAppProcess, type AppProcess } from './support/app-process';
import { flagArgument, inPool, numberArgument, progress, quantile, round2 } from './support/bench-args';
import { IngestionStub } from '../support/ingestion-stub';
import { keepAliveAgent, postJson } from './support/http-client';

const PREFIX = 'ans';

async function main(): Promise<void> {
  const rps = numberArgument('rps', 100, 1);
  const seconds = numberArgument('seconds', 60, 1);
  const peopleCount = numberArgument('people', 600, 1);
  const slice = Math.min(seconds, numberArgument('slice', 5, 1));
  const azurite = await startAzurite({});
  const ingestion = flagArgument('telemetry') ? new IngestionStub({ keepBodies: false }) : undefined;
  const processes: AppProcess[] = [];
  try {
    const env = { TABLES_CONNECTION_STRING: azurite.connectionString, MicrosoftAppId: '' };
    const positiePort = await freePort();
    processes.push(await startAppProcess({ script: 'src/main.ts', port: positiePort, env: { ...env, PORT: String(positiePort), TABLE_PREFIX: PREFIX, SCHEDULER: 'off', LOG_LEVEL: 'info' } }));
    const baselinePort = await freePort();
    processes.push(await startAppProcess({ script: 'tests/bench/support/baseline-bot.ts', port: baselinePort, env: { ...env, BASELINE_PORT: String(baselinePort) } }));
    let telemetryUrl: string | undefined;
    if (ingestion) {
      await ingestion.start();
      const port = await freePort();
      const telemetryEnv = { APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString, NODE_EXTRA_CA_CERTS: ingestion.caFile };
      processes.push(await startAppProcess({ script: 'src/main.ts', port, env: { ...env, ...telemetryEnv, PORT: String(port), TABLE_PREFIX: PREFIX, SCHEDULER: 'off', LOG_LEVEL: 'info' } }));
      telemetryUrl = `http://127.0.0.1:${port}`;
    }
    const positieUrl = `http://127.0.0.1:${positiePort}`;
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;
    let started = performance.now();
    const people = await deliverPrompts(keepAliveAgent(), positieUrl, peopleCount, 8);
    progress(`delivered ${people.length} prompts with reflecteer in ${round2((performance.now() - started) / 1000)} s`);

    let globalSeq = 0;
    const lastAcked = new Map<number, number>();
    const busy = new Set<number>();
    // A fresh keep-alive pool per slice: a socket left idle while the other target runs could be
    // closed by the server just as it is reused, which would count as an error of the bot.
    let agent = keepAliveAgent();
    const answer = (url: string, record: LatencyRecord, acknowledge: boolean) => async (): Promise<void> => {
      const seq = globalSeq++;
      const person = pickFree(people, seq, busy);
      if (!person) {
        progress('no person without an answer in flight');
        return void (record.errors += 1);
      }
      busy.add(person.n);
      const note = `antwoord ${seq}`;
      const activity = invokeActivity(testUser(person.n), 'answer', { deliveryId: person.deliveryId, ticket: person.ticket, position: String((seq % 5) + 1), role: person.role, note }, { serviceUrl: ANSWER_SERVICE_URL });
      await record.time(async () => {
        const response = await postJson(agent, `${url}/api/messages`, activity).catch((error: unknown) => ({ status: 0, text: String(error) }));
        const ok = response.status === 200 && response.text.includes('"statusCode":200') && (!acknowledge || response.text.includes(note));
        if (ok && acknowledge) lastAcked.set(person.n, seq);
        else if (!ok) progress(`failed answer: HTTP ${response.status} ${response.text.slice(0, 160)}`);
        return ok;
      });
      busy.delete(person.n);
    };
    const positie = new LatencyRecord();
    const baseline = new LatencyRecord();
    const withTelemetry = new LatencyRecord();
    const inSlice = async (url: string, record: LatencyRecord, acknowledge: boolean, length: number): Promise<void> => {
      agent.destroy();
      agent = keepAliveAgent();
      await openLoop(rps, length, answer(url, record, acknowledge));
    };
    progress(`warming up each target for ${slice} s`);
    await inSlice(baselineUrl, new LatencyRecord(), false, slice);
    await inSlice(positieUrl, new LatencyRecord(), true, slice);
    if (telemetryUrl) await inSlice(telemetryUrl, new LatencyRecord(), true, slice);
    started = performance.now();
    for (let done = 0; done < seconds; done += slice) {
      const length = Math.min(slice, seconds - done);
      const marks = [baseline.latencies.length, positie.latencies.length, withTelemetry.latencies.length];
      await inSlice(baselineUrl, baseline, false, length);
      await inSlice(positieUrl, positie, true, length);
      if (telemetryUrl) await inSlice(telemetryUrl, withTelemetry, true, length);
      const spread = (all: number[], from: number): string => {
        const part = all.slice(from).sort((a, b) => a - b);
        return `${round2(quantile(part, 0.5))}/${round2(quantile(part, 0.99))}`;
      };
      const telemetrySpread = telemetryUrl ? `, with telemetry ${spread(withTelemetry.latencies, marks[2] ?? 0)}` : '';
      progress(`slice at ${done} s, p50/p99 ms: baseline ${spread(baseline.latencies, marks[0] ?? 0)}, positie ${spread(positie.latencies, marks[1] ?? 0)}${telemetrySpread}`);
    }
    progress(`measured ${seconds} s per target in ${round2((performance.now() - started) / 1000)} s`);

    const answers = new AnswersRepository(createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, PREFIX).table('answers'));
    let stored = 0;
    await inPool(people.length, 16, async (index) => {
      const person = people[index];
      const seq = person ? lastAcked.get(person.n) : undefined;
      if (!person || seq === undefined) return;
      const saved = await answers.get(personKey(TENANT, testUser(person.n).aadObjectId), person.deliveryId);
      if (saved?.note === `antwoord ${seq}`) stored += 1;
    });
    const p = positie.sorted();
    const b = baseline.sorted();
    const w = withTelemetry.sorted();
    const telemetryFigures = ingestion
      ? {
          telemetryP50Ms: round2(quantile(w, 0.5)),
          telemetryP95Ms: round2(quantile(w, 0.95)),
          telemetryP99Ms: round2(quantile(w, 0.99)),
          telemetryErrors: withTelemetry.errors,
          telemetryRequests: w.length,
          telemetryRatioP50: round2(quantile(w, 0.5) / quantile(p, 0.5)),
          telemetryRatioP95: round2(quantile(w, 0.95) / quantile(p, 0.95)),
          ingestedItems: ingestion.items,
        }
      : {};
    console.log(
      JSON.stringify({
        rps,
        p50Ms: round2(quantile(p, 0.5)),
        p95Ms: round2(quantile(p, 0.95)),
        p99Ms: round2(quantile(p, 0.99)),
        errors: positie.errors,
        baselineP50Ms: round2(quantile(b, 0.5)),
        baselineP99Ms: round2(quantile(b, 0.99)),
        ratioP50: round2(quantile(p, 0.5) / quantile(b, 0.5)),
        stored,
        expected: lastAcked.size,
        requests: p.length,
        baselineErrors: baseline.errors,
        ...telemetryFigures,
      }),
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await ingestion?.stop();
    await azurite.stop();
  }
}

/** The person for this request, or the next one who has no answer in flight. */
function pickFree(people: readonly PreparedPerson[], seq: number, busy: ReadonlySet<number>): PreparedPerson | undefined {
  for (let i = 0; i < people.length; i += 1) {
    const person = people[(seq + i) % people.length];
    if (person && !busy.has(person.n)) return person;
  }
  return undefined;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
