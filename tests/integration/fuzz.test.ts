import { clickEffectOf } from '../../src/cards/verbs';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { ACTIONS } from '../../src/features/registry';
import { personKey } from '../../src/store/keys';
import { messageActivity, TENANT, testUser } from '../support/activities';
import { cardsOf, choicesOf, findData } from '../support/card-reading';
import { fuzzInputs, type FuzzInput, type FuzzSetup } from '../support/fuzz-activities';
import { SeededRandom } from '../support/fuzz-random';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

const INPUTS = 2000;
/** Inputs between two storage snapshots; FUZZ_BATCH=1 pins a write on one input. */
const BATCH = Number(process.env.FUZZ_BATCH ?? 50);
const PARALLEL = Math.min(10, BATCH);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const MAX_BODY_KB = 64;

function compressed(body: string, how: 'gzip' | 'deflate' | 'br'): Buffer {
  return how === 'gzip' ? gzipSync(body) : how === 'deflate' ? deflateSync(body) : brotliCompressSync(body);
}

/** Table, keys and etag of every row: equal snapshots mean nothing was written. */
/**
 * Every row but the fuzzing person's count of tries at a coach code: a made-up code in a consent
 * payload is a guess, and counting guesses is what limits them (issue 18).
 */
async function snapshot(t: TestApp): Promise<Map<string, string>> {
  const rows = (await allRows(t.tables)).filter((row) => !(row.table === 'coachCodes' && String(row.partitionKey).startsWith('tries_')));
  return new Map(rows.map((row) => [`${String(row.table)}|${String(row.partitionKey)}|${String(row.rowKey)}`, String(row.etag)]));
}

function changedRows(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}

function meetsExpectation(input: FuzzInput, status: number, body: string): boolean {
  if (input.expected === 'json') return status === 400;
  if (input.expected === 'size') return status === 413;
  if (input.expected === 'client') return status >= 400 && status < 500;
  if (status >= 500) return false;
  if (!input.expectsCard || status !== 200) return !input.expectsCard;
  // A click on a card that opens things is answered with a note, and that card stays (issue 27).
  const note = clickEffectOf(verbOf(input.body)) === 'opens' && body.includes('"type":"application/vnd.microsoft.activity.message"') && body.includes('"value":"');
  return note || body.includes('"type":"AdaptiveCard"');
}

function verbOf(body: string): unknown {
  try {
    return (JSON.parse(body) as { value?: { action?: { verb?: unknown } } }).value?.action?.verb;
  } catch {
    return undefined;
  }
}

/** The parts of a failing body worth reading: the envelope's type, name, value and text, not the ids. */
function summary(body: string): string {
  try {
    const { type, name, value, text, conversation, from } = JSON.parse(body) as Record<string, unknown>;
    return JSON.stringify({ type, name, value, text, conversation, from }).slice(0, 400);
  } catch {
    return body.slice(0, 200);
  }
}

describe('fuzz: malformed activities, card payloads and hostile request shapes on /api/messages (local mode)', () => {
  let t: TestApp;
  let setup: FuzzSetup;
  beforeAll(async () => {
    t = await startTestApp({ MAX_BODY_KB: String(MAX_BODY_KB) });
    const [person, starter, other] = [testUser(901), testUser(902), testUser(903)];
    const say = (text: string) => t.post(messageActivity(person, text, { serviceUrl: t.connector.url }));
    await t.post(messageActivity(other, 'hulp', { serviceUrl: t.connector.url }));
    const prompt = cardsOf((await say('reflecteer')).body)[0];
    const flow = new CheckinFlow(t, 'fuzz');
    const { checkinId } = await flow.start(starter);
    const checkinCard = t.connector.sentTo(flow.conversationId).at(-1);
    const startToken = findData(cardsOf((await flow.say(person, 'check-in')).body)[0], 'token');
    setup = {
      world: {
        deliveryId: findData(prompt, 'deliveryId') ?? '',
        roles: choicesOf(prompt, 'role'),
        checkinId,
        checkinChoices: choicesOf(checkinCard, 'choice'),
        checkinRoles: choicesOf(checkinCard, 'role'),
        startToken: startToken ?? '',
        other: { aadObjectId: other.aadObjectId, key: personKey(TENANT, other.aadObjectId) },
      },
      person,
      serviceUrl: t.connector.url,
      channel: flow.scope,
      verbs: ACTIONS.map((a) => a.verb),
      maxBodyBytes: MAX_BODY_KB * 1024,
    };
  }, 60_000);
  afterAll(async () => t.close());

  it('when 2,000 malformed requests arrive, then none gets a 5xx or a crash, and none writes a row', async () => {
    expect(setup.world.deliveryId && setup.world.startToken && setup.world.roles.length && setup.world.checkinChoices.length).toBeTruthy();
    const inputs = fuzzInputs(new SeededRandom(SEED), setup, INPUTS);
    const statuses = new Map<number, number>();
    const categories = new Map<string, number>();
    const failures: string[] = [];
    const writes: string[] = [];
    let before = await snapshot(t);
    for (let start = 0; start < inputs.length; start += BATCH) {
      const batch = inputs.slice(start, start + BATCH);
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let input = batch[next++]; input; input = batch[next++]) {
          const headers = { 'Content-Type': input.contentType, ...input.headers, ...(input.compress ? { 'Content-Encoding': input.compress } : {}) };
          const response = await fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers, body: input.compress ? compressed(input.body, input.compress) : input.body });
          const text = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          categories.set(input.category.replace(/ \(.*\)$/, ''), (categories.get(input.category.replace(/ \(.*\)$/, '')) ?? 0) + 1);
          if (!meetsExpectation(input, response.status, text)) failures.push(`${input.category} -> ${response.status} ${text.slice(0, 160)} | ${summary(input.body)}`);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      const after = await snapshot(t);
      const changed = changedRows(before, after);
      if (changed.length > 0) writes.push(`inputs ${start}-${start + batch.length - 1} (${[...new Set(batch.map((i) => i.category))].join(', ')}): ${changed.join(' ; ')}${batch.length === 1 ? ` <- ${batch[0]?.body.slice(0, 2000)}` : ''}`);
      before = after;
    }
    const healthy = await fetch(`${t.baseUrl}/healthz`);

    console.log(
      [
        `fuzz seed ${SEED}: ${inputs.length} inputs tried`,
        `status codes seen: ${[...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status} x${n}`).join(', ')}`,
        `inputs by kind: ${[...categories].map(([category, n]) => `${category} x${n}`).join(', ')}`,
        `rows written by invalid inputs: ${writes.length === 0 ? 0 : writes.join('\n')}`,
        `expectation failures: ${failures.length}`,
      ].join('\n'),
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(writes).toEqual([]);
    expect(healthy.status).toBe(200);
  }, 120_000);
});
