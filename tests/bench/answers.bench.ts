/**
 * First answers of the day, against a floor (issues 11 and 26):
 *   npm run bench:answers -- [--rps 20] [--seconds 60] [--slice 2] [--warmup 100] [--edit-seconds 20] [--cpu-prof <dir>]
 *
 * Each measured answer is the first answer of the day of a person who has not answered yet, to
 * a card from `reflecteer` or from the scheduler's fan-out (taken in turn), at least 31 s after
 * their card came, so no profile this instance read for the card is still remembered (card
 * clicks reuse one for 30 s): what a person who reads the question and then answers costs.
 * Every measured person has written to this instance before (as people who use Positie daily
 * have). The warm-up answers for other people. Edits (a second answer the same day) are a second,
 * separate figure.
 *
 * The baseline is a floor: a bot doing the least an answer needs (one Bot Framework turn, one
 * table write, one card; tests/bench/support/baseline-bot.ts), as its own process on the same
 * Azurite, the load alternating between the two in slices of a few seconds so that other work
 * on the machine hits both alike. The last stdout line is JSON (tests/bench/support/bench-kit.ts).
 */
import { RecordingConnector } from '../support/recording-connector';
import { invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { AnswersRepository } from '../../src/store/answers-repository';
import { PeopleRepository } from '../../src/store/people-repository';
import { freePort, startAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import { createTableStore } from '../../src/store/table-store';
import { LatencyRecord, openLoop } from './support/answer-load';
import { startAppProcess, type AppProcess } from './support/app-process';
import { inPool, numberArgument, printResult, progress, round2 } from './support/bench-kit';
import { answerActivity, BENCH_SECRETS, cardOfActivity, devTick, holderOf, personOfConversation, reflecteerCards, registerPeople, type CardHolder } from './support/card-cohorts';
import { keepAliveAgent, postJson } from './support/http-client';

const PREFIX = 'ans';
/** Tuesday 24 November 2026, 16:00 in Amsterdam: the fan-out people's prompt time. */
const DUE = new Date('2026-11-24T15:00:00Z');
/** Card clicks reuse a profile read this recently (src/teams/activity-turn.ts), plus a second. */
const PROFILE_MEMORY_MS = 31_000;
const FANOUT_PEOPLE = 200_000;
const REFLECTEER_PEOPLE = 300_000;
const FLOOR_PEOPLE = 900_000;

async function main(): Promise<void> {
  const rps = numberArgument('rps', 20, 1);
  const seconds = numberArgument('seconds', 60, 1);
  const slice = Math.min(seconds, numberArgument('slice', 2, 1));
  const warmup = Math.round(numberArgument('warmup', 100, 0) / 2);
  const editSeconds = numberArgument('edit-seconds', 20, 0);
  // Positie's requests alternate between the two kinds of card: this many of each are measured.
  const perKind = Math.ceil((rps * seconds) / 2) + rps;
  const azurite = await startAzurite({});
  const connector = new RecordingConnector();
  await connector.start();
  const processes: AppProcess[] = [];
  try {
    let started = performance.now();
    await registerPeople(azurite.connectionString, PREFIX, connector.url, [
      { from: FANOUT_PEOPLE, count: warmup + perKind, dueAt: DUE },
      { from: REFLECTEER_PEOPLE, count: warmup + perKind },
    ]);
    progress(`registered ${2 * (warmup + perKind)} people in ${round2((performance.now() - started) / 1000)} s`);
    const env = { TABLES_CONNECTION_STRING: azurite.connectionString, MicrosoftAppId: '', ...BENCH_SECRETS };
    const positiePort = await freePort();
    // `--cpu-prof <dir>`: a CPU profile of Positie's process, to see where an answer's time goes.
    const profileAt = process.argv.indexOf('--cpu-prof');
    const nodeArgs = profileAt >= 0 ? ['--cpu-prof', `--cpu-prof-dir=${process.argv[profileAt + 1] ?? '.scratch'}`] : [];
    processes.push(await startAppProcess({ script: 'src/main.ts', port: positiePort, nodeArgs, env: { ...env, PORT: String(positiePort), TABLE_PREFIX: PREFIX, SCHEDULER: 'off', LOG_LEVEL: 'info', TEAMS_MAX_RPS: '1000' } }));
    const floorPort = await freePort();
    processes.push(await startAppProcess({ script: 'tests/bench/support/baseline-bot.ts', port: floorPort, env: { ...env, BASELINE_PORT: String(floorPort) } }));
    const positieUrl = `http://127.0.0.1:${positiePort}`;
    const floorUrl = `http://127.0.0.1:${floorPort}`;

    // The fan-out people have written to this instance before, as people who use Positie daily
    // have (the reflecteer people write with reflecteer): it knows where to reach them. A person's
    // first turn on a freshly started instance also stores their conversation reference.
    started = performance.now();
    const hulp = keepAliveAgent();
    await inPool(warmup + perKind, 8, async (index) => {
      await postJson(hulp, `${positieUrl}/api/messages`, messageActivity(testUser(FANOUT_PEOPLE + index), 'hulp', { serviceUrl: connector.url }));
    });
    // The cards: the fan-out people's from one tick, then the others ask with `reflecteer`.
    await devTick(keepAliveAgent(), positieUrl, new Date(DUE.getTime() + 20_000));
    const fanout = connector.sent.flatMap(({ conversationId, activity }) => {
      const n = personOfConversation(conversationId);
      const holder = n === undefined ? undefined : holderOf(n, 'fanout', cardOfActivity(activity));
      return holder ? [holder] : [];
    });
    const reflecteer = await reflecteerCards(keepAliveAgent(), positieUrl, connector.url, REFLECTEER_PEOPLE, warmup + perKind);
    const cardsDone = performance.now();
    progress(`${fanout.length} cards from the fan-out, ${reflecteer.length} from reflecteer, in ${round2((cardsDone - started) / 1000)} s`);
    if (fanout.length < warmup + perKind) throw new Error(`the fan-out sent ${fanout.length} cards, ${warmup + perKind} expected`);

    let agent = keepAliveAgent();
    let floorSeq = 0;
    const floorAnswer = (record: LatencyRecord) => async (): Promise<void> => {
      const n = FLOOR_PEOPLE + floorSeq++;
      const activity = invokeActivity(testUser(n), 'reflection.answer', { deliveryId: '2026-11-24_prompt', position: '3', role: 'verbinder', note: `antwoord ${n}` }, { serviceUrl: connector.url });
      await record.time(async () => {
        const response = await postJson(agent, `${floorUrl}/api/messages`, activity);
        return response.status === 200 && response.text.includes('"statusCode":200');
      });
    };
    /** The last note each person's answer was acknowledged with. */
    const acknowledged = new Map<number, string>();
    const positieAnswer = (holder: CardHolder | undefined, record: LatencyRecord, position: number) => async (): Promise<void> => {
      if (!holder) return void (record.errors += 1);
      const note = `antwoord ${holder.kind} ${position} ${holder.n}`;
      await record.time(async () => {
        const response = await postJson(agent, `${positieUrl}/api/messages`, answerActivity(holder, note, position, connector.url));
        const ok = response.status === 200 && response.text.includes('"statusCode":200') && response.text.includes(note);
        if (ok) acknowledged.set(holder.n, note);
        else progress(`failed answer: HTTP ${response.status} ${response.text.slice(0, 160)}`);
        return ok;
      });
    };
    // A fresh keep-alive pool per slice: a socket left idle while the other target runs could be
    // closed by the server just as it is reused, which would count as an error of the bot.
    const inSlice = async (length: number, fire: (seq: number) => () => Promise<void>): Promise<void> => {
      agent.destroy();
      agent = keepAliveAgent();
      await openLoop(rps, length, (seq) => fire(seq)());
    };

    const queues = { reflecteer: reflecteer.slice(warmup), fanout: fanout.slice(warmup) };
    progress(`warming up on ${2 * warmup} other people`);
    const warm = [...reflecteer.slice(0, warmup), ...fanout.slice(0, warmup)];
    let warmSeq = 0;
    await inSlice(Math.max(1, (2 * warmup) / rps), () => positieAnswer(warm[warmSeq++], new LatencyRecord(), 3));
    await inSlice(Math.max(1, (2 * warmup) / rps), () => floorAnswer(new LatencyRecord()));
    const wait = cardsDone + PROFILE_MEMORY_MS - performance.now();
    if (wait > 0) {
      progress(`waiting ${round2(wait / 1000)} s, so that no measured person's profile is still remembered from their card`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }

    const first = { reflecteer: new LatencyRecord(), fanout: new LatencyRecord() };
    const floor = new LatencyRecord();
    started = performance.now();
    for (let done = 0; done < seconds; done += slice) {
      const length = Math.min(slice, seconds - done);
      await inSlice(length, () => floorAnswer(floor));
      await inSlice(length, (seq) => {
        const kind = seq % 2 === 0 ? 'reflecteer' : 'fanout';
        return positieAnswer(queues[kind].shift(), first[kind], 2);
      });
    }
    progress(`measured first answers for ${seconds} s a target in ${round2((performance.now() - started) / 1000)} s: reflecteer ${JSON.stringify(first.reflecteer.figures())}, fan-out ${JSON.stringify(first.fanout.figures())}, floor ${JSON.stringify(floor.figures())}`);

    // What the floor leaves out: a card click must read who clicked (a stale card after "delete
    // my data" writes nothing; the reply speaks their language). One such read, from here, of the
    // measured people's profiles at the same rate: a comparison figure, not a floor.
    const tables = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, PREFIX);
    const people = new PeopleRepository(tables.table('people'));
    const readers = [...reflecteer.slice(warmup), ...fanout.slice(warmup)];
    const profileRead = new LatencyRecord();
    let readSeq = 0;
    await openLoop(rps, Math.max(2, Math.round(seconds / 4)), async () => {
      const holder = readers[readSeq++ % readers.length];
      if (!holder) return;
      await profileRead.time(async () => (await people.get(personKey(TENANT, testUser(holder.n).aadObjectId))) !== undefined);
    });

    // Edits: the same people answer again (another position), the same day.
    const answered = [...reflecteer.slice(warmup), ...fanout.slice(warmup)].filter((h) => acknowledged.has(h.n));
    const edits = new LatencyRecord();
    const editFloor = new LatencyRecord();
    let editSeq = 0;
    for (let done = 0; done < editSeconds; done += slice) {
      const length = Math.min(slice, editSeconds - done);
      await inSlice(length, () => floorAnswer(editFloor));
      await inSlice(length, () => positieAnswer(answered[editSeq++ % Math.max(1, answered.length)], edits, 4));
    }

    // Every acknowledged answer must be stored as acknowledged.
    const answers = new AnswersRepository(tables.table('answers'));
    const holders = new Map([...reflecteer, ...fanout].map((h) => [h.n, h]));
    let stored = 0;
    const answeredPeople = [...acknowledged.keys()];
    await inPool(answeredPeople.length, 16, async (index) => {
      const holder = holders.get(answeredPeople[index] ?? -1);
      if (!holder) return;
      const saved = await answers.get(personKey(TENANT, testUser(holder.n).aadObjectId), holder.deliveryId);
      if (saved?.note === acknowledged.get(holder.n)) stored += 1;
    });

    const f = floor.figures();
    const e = editFloor.figures();
    const ratio = (a: number, b: number): number => round2(a / b);
    const r = first.reflecteer.figures();
    const o = first.fanout.figures();
    const d = edits.figures();
    const read = profileRead.figures();
    printResult(
      'answers',
      { kind: 'floor', is: 'one Bot Framework turn, one table write and one card, as its own process on the same Azurite, interleaved in slices' },
      {
        rps,
        seconds,
        firstAnswers: { reflecteer: r, fanout: o },
        floor: f,
        ratioP50Reflecteer: ratio(r.p50, f.p50),
        ratioP99Reflecteer: ratio(r.p99, f.p99),
        ratioP50Fanout: ratio(o.p50, f.p50),
        ratioP99Fanout: ratio(o.p99, f.p99),
        // Comparison: the floor plus one profile read (the sum of their medians).
        profileRead: read,
        ratioP50ReflecteerToFloorWithRead: ratio(r.p50, f.p50 + read.p50),
        ratioP50FanoutToFloorWithRead: ratio(o.p50, f.p50 + read.p50),
        edits: d,
        editFloor: e,
        editRatioP50: ratio(d.p50, e.p50),
        editRatioP99: ratio(d.p99, e.p99),
        stored,
        expected: acknowledged.size,
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
