/**
 * Answers during the morning fan-out (issue 26):
 *   npm run bench:wave -- [--people 2000] [--answer-rps 20] [--ceiling 50] [--latency 40] [--idle-seconds 20]
 *
 * `--people` are due in one minute. One Positie process sends their prompts through its
 * scheduler to a Bot Connector stub that accepts `--ceiling` sends a second per tenant (429
 * beyond, as Teams does) and answers each after `--latency` ms; meanwhile, on the same process,
 * people answer the prompts they got at `--answer-rps` a second (each a first answer of the day).
 * The same answers on the idle instance, before the wave, are the comparison for the answers.
 *
 * Every person has written to this instance once before (as people who use Positie daily have),
 * and at least 31 s before their answer, so their profile is read for it. The last stdout line is
 * JSON: the answers' p50/p99 during the wave and idle, and the fan-out's rate against the ceiling
 * (a floor: no fan-out can be faster than Teams lets it).
 */
import { messageActivity, testUser } from '../support/activities';
import { ThrottlingConnector } from '../support/throttling-connector';
import { freePort, startAzurite } from '../../src/store/embedded-azurite';
import { LatencyRecord, loopWhile, openLoop } from './support/answer-load';
import { startAppProcess, type AppProcess } from './support/app-process';
import { inPool, numberArgument, printResult, progress, round2 } from './support/bench-kit';
import { answerActivity, BENCH_SECRETS, cardOfActivity, devTick, holderOf, personOfConversation, registerPeople, type CardHolder } from './support/card-cohorts';
import { keepAliveAgent, postJson } from './support/http-client';

const PREFIX = 'wave';
/** Tuesday 24 November 2026, 08:00 in Amsterdam: the idle cohort's prompts; the wave's come ten minutes later. */
const IDLE_DUE = new Date('2026-11-24T07:00:00Z');
const WAVE_DUE = new Date(IDLE_DUE.getTime() + 10 * 60_000);
const PROFILE_MEMORY_MS = 31_000;
const IDLE_PEOPLE = 600_000;
const WAVE_PEOPLE = 700_000;

async function main(): Promise<void> {
  const people = numberArgument('people', 2000, 1);
  const answerRps = numberArgument('answer-rps', 20, 1);
  const ceiling = numberArgument('ceiling', 50, 1);
  const latencyMs = numberArgument('latency', 40, 0);
  const idleSeconds = numberArgument('idle-seconds', 20, 1);
  const idleCount = Math.ceil(answerRps * idleSeconds) + answerRps;

  const arrivals: CardHolder[] = [];
  const connector = new ThrottlingConnector({
    tenantRps: ceiling,
    inject429: 0,
    inject503: 0,
    retryAfterSeconds: 1,
    seed: 1,
    latencyMs,
    onAccepted: (conversationId, activity) => {
      const n = personOfConversation(conversationId);
      const holder = n === undefined ? undefined : holderOf(n, 'fanout', cardOfActivity(activity));
      if (!holder) return;
      arrivals.push(holder);
    },
  });
  await connector.start();
  const azurite = await startAzurite({});
  const processes: AppProcess[] = [];
  try {
    let started = performance.now();
    await registerPeople(azurite.connectionString, PREFIX, connector.url, [
      { from: IDLE_PEOPLE, count: idleCount, dueAt: IDLE_DUE },
      { from: WAVE_PEOPLE, count: people, dueAt: WAVE_DUE },
    ]);
    progress(`registered ${idleCount + people} people in ${round2((performance.now() - started) / 1000)} s`);
    const port = await freePort();
    const env = { TABLES_CONNECTION_STRING: azurite.connectionString, MicrosoftAppId: '', ...BENCH_SECRETS };
    processes.push(await startAppProcess({ script: 'src/main.ts', port, env: { ...env, PORT: String(port), TABLE_PREFIX: PREFIX, SCHEDULER: 'off', LOG_LEVEL: 'info', TEAMS_MAX_RPS: String(ceiling) } }));
    const url = `http://127.0.0.1:${port}`;
    let agent = keepAliveAgent();

    // Each person writes once, as someone who used Positie before: the instance knows where to reach them.
    started = performance.now();
    const all = [...Array.from({ length: idleCount }, (_, i) => IDLE_PEOPLE + i), ...Array.from({ length: people }, (_, i) => WAVE_PEOPLE + i)];
    await inPool(all.length, 8, async (index) => {
      await postJson(agent, `${url}/api/messages`, messageActivity(testUser(all[index] ?? 0), 'hulp', { serviceUrl: connector.url }));
    });
    const knownAt = performance.now();
    progress(`each person wrote once in ${round2((knownAt - started) / 1000)} s`);

    const answer = (record: LatencyRecord, next: () => CardHolder | undefined) => async (): Promise<void> => {
      const holder = next();
      if (!holder) return void (record.errors += 1);
      const note = `antwoord ${holder.n}`;
      await record.time(async () => {
        const response = await postJson(agent, `${url}/api/messages`, answerActivity(holder, note, 3, connector.url));
        return response.status === 200 && response.text.includes(note);
      });
    };

    // Idle: the first cohort's prompts, then their answers with nothing being sent.
    await devTick(agent, url, new Date(IDLE_DUE.getTime() + 20_000));
    const idleCards = [...arrivals];
    arrivals.length = 0;
    const wait = knownAt + PROFILE_MEMORY_MS - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    agent.destroy();
    agent = keepAliveAgent();
    const idle = new LatencyRecord();
    await openLoop(answerRps, idleSeconds, answer(idle, () => idleCards.shift()));
    progress(`idle answers: ${JSON.stringify(idle.figures())}`);

    // The wave: the tick sends to everyone due while the people who got their prompt answer it.
    const during = new LatencyRecord();
    let ticking = true;
    const acceptedBefore = connector.acceptedAt.length;
    started = performance.now();
    const tick = devTick(keepAliveAgent(), url, new Date(WAVE_DUE.getTime() + 20_000)).finally(() => (ticking = false));
    await loopWhile(answerRps, () => ticking, async () => {
      if (arrivals.length === 0) return;
      await answer(during, () => arrivals.shift())();
    });
    const sent = await tick;
    const accepted = connector.acceptedAt.slice(acceptedBefore);
    const fanoutSeconds = ((accepted[accepted.length - 1] ?? 0) - (accepted[0] ?? 0)) / 1000;
    const fanoutRps = fanoutSeconds > 0 ? (accepted.length - 1) / fanoutSeconds : 0;
    progress(`wave: ${sent} sent in ${round2((performance.now() - started) / 1000)} s, answers ${JSON.stringify(during.figures())}, connector ${JSON.stringify(connector.counts)}`);
    progress(`slowest answer (ms) per 2 s of the wave: ${JSON.stringify(during.slowestPerWindow(started, 2000))}`);

    const i = idle.figures();
    const d = during.figures();
    printResult(
      'wave',
      { kind: 'floor', is: `Teams' rate, the connector's ${ceiling} sends a second: no fan-out can go faster (the answers are compared with the same answers on the idle instance)` },
      {
        people,
        answerRps,
        ceilingRps: ceiling,
        latencyMs,
        answersDuringWave: d,
        answersIdle: i,
        ratioP99DuringToIdle: round2(d.p99 / i.p99),
        sent,
        delivered: accepted.length,
        fanoutSeconds: round2(fanoutSeconds),
        fanoutRps: round2(fanoutRps),
        fanoutRatio: round2(fanoutRps / ceiling),
        overLimit429: connector.counts.overLimit,
      },
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await connector.stop();
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
