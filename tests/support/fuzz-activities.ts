import { parseCommand } from '../../src/features/commands';
import { invokeActivity, messageActivity, type Scope, type TestUser } from './activities';
import { junk, malformedData, type FuzzWorld } from './fuzz-payloads';
import type { SeededRandom } from './fuzz-random';

/** One request of a fuzz run and what it must get. */
export interface FuzzInput {
  category: string;
  body: string;
  contentType: string;
  /** `json` 400, `size` 413, `client` any 4xx, `handled` anything below 500. */
  expected: 'json' | 'size' | 'client' | 'handled';
  /** A card action on an intact envelope: must be answered 200 with a card (the friendly error). */
  expectsCard: boolean;
  /** Extra request headers (huge ones, say). */
  headers?: Record<string, string>;
  /** Sent compressed this way, with the matching Content-Encoding. */
  compress?: 'gzip' | 'deflate' | 'br';
}

export interface FuzzSetup {
  world: FuzzWorld;
  person: TestUser;
  serviceUrl: string;
  channel: Scope;
  /** Every registered verb (the keys of actionHandlers). */
  verbs: string[];
  maxBodyBytes: number;
}

type Activity = Record<string, unknown>;
type Generator = (r: SeededRandom, s: FuzzSetup) => FuzzInput;

const json = (category: string, activity: unknown, expected: FuzzInput['expected'] = 'handled', expectsCard = false): FuzzInput => ({
  category, body: JSON.stringify(activity), contentType: 'application/json', expected, expectsCard,
});

/** Check-in verbs mostly in the channel, the others mostly in personal chat; one in ten the other way round. */
const scopeFor = (r: SeededRandom, s: FuzzSetup, verb: string): Scope => {
  const usual: Scope = verb.startsWith('checkin') ? s.channel : { kind: 'personal' };
  const unusual: Scope = usual.kind === 'personal' ? s.channel : { kind: 'personal' };
  return r.chance(0.9) ? usual : unusual;
};
const invoke = (r: SeededRandom, s: FuzzSetup, verb: string, data: unknown): Activity =>
  invokeActivity(s.person, verb, data, { serviceUrl: s.serviceUrl, scope: scopeFor(r, s, verb), locale: 'nl-NL' });

/**
 * Envelope fields broken in ways that must never reach storage. Values that would be a real,
 * different identity or chat (another tenant id string, another conversation id string) are
 * left out: those are valid activities of someone else, not malformed ones.
 */
const envelopeBreakers: ((a: Activity, r: SeededRandom) => void)[] = [
  (a, r) => delete a[r.pick(['from', 'conversation', 'recipient', 'serviceUrl', 'type'])],
  (a, r) => (a[r.pick(['type', 'id', 'serviceUrl', 'channelId', 'text', 'locale', 'localTimezone', 'deliveryMode', 'name', 'timestamp', 'replyToId'])] = r.pick<unknown>([1, true, null, [], {}, 'x'.repeat(5000)])),
  (a, r) => (a[r.pick(['from', 'recipient', 'conversation', 'channelData', 'membersAdded', 'entities', 'attachments', 'value'])] = junk(r)),
  (a, r) => (a.from = { ...(a.from as object), [r.pick(['id', 'aadObjectId', 'name'])]: r.pick<unknown>([1, null, '', 'x'.repeat(150 + r.int(2000)), {}]) }),
  (a, r) => {
    const broken = r.pick<[string, unknown[]]>([
      ['id', [1, null, '', [], {}, 'x'.repeat(1025 + r.int(2000))]],
      ['tenantId', [1, null, '', [], 'x'.repeat(101 + r.int(2000))]],
      ['conversationType', [1, '', 'meeting', 'Personal', r.text(10)]],
      ['isGroup', ['yes', 1, {}]],
    ]);
    a.conversation = { ...(a.conversation as object), [broken[0]]: r.pick(broken[1]) };
  },
  (a) => {
    if (typeof a.conversation === 'object' && a.conversation !== null) delete (a.conversation as Activity).tenantId;
    delete a.channelData;
  },
  (a, r) => (a.channelData = r.pick<unknown>([{ tenant: { id: 5 } }, { tenant: 'x' }, [], 'x', { tenant: null }])),
  (a, r) => (a.membersAdded = r.pick<unknown>([[{ id: 1 }], [null], ['x'], Array.from({ length: 1001 }, () => ({ id: 'a' }))])),
  (a, r) => (a.type = r.pick(['typing', 'event', 'messageReaction', 'conversationUpdate', 'installationUpdate', 'endOfConversation', 'x'.repeat(65), r.text(20)])),
];

const generators: [number, Generator][] = [
  [5, (r) => ({ category: 'non-JSON body', body: nonJson(r), contentType: 'application/json', expected: 'json', expectsCard: false })],
  [4, (r) => json('JSON that is not an object', r.pick<unknown>([[], [1, 2], 'activity', 42, null, true, [{ type: 'message' }]]), 'json')],
  [3, (r) => ({ category: 'wrong content type', body: r.text(300), contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'text/xml', 'application/octet-stream']), expected: 'client', expectsCard: false })],
  [2, (r, s) => json('oversize body', messageActivity(s.person, 'x'.repeat(s.maxBodyBytes + 1 + r.int(s.maxBodyBytes)), { serviceUrl: s.serviceUrl }), 'size')],
  [20, (r, s) => {
    const verb = r.pick(s.verbs);
    const base = r.chance(0.5) ? messageActivity(s.person, junkText(r), { serviceUrl: s.serviceUrl, scope: r.chance(0.3) ? s.channel : { kind: 'personal' } }) : invoke(r, s, verb, malformedData(r, s.world, verb));
    for (let i = 0, n = 1 + r.int(3); i < n; i += 1) r.pick(envelopeBreakers)(base, r);
    return json('broken envelope', base);
  }],
  [15, (r, s) => json('free text that is no command', messageActivity(s.person, junkText(r), { serviceUrl: s.serviceUrl, scope: r.chance(0.3) ? s.channel : { kind: 'personal' }, locale: 'nl-NL' }))],
  [8, (r, s) => {
    const activity = invoke(r, s, 'answer', {});
    if (r.chance(0.5)) activity.name = r.pick<unknown>(['adaptiveCard/actions', 'task/fetch', 'composeExtension/query', 'signin/verifyState', '', 7]);
    else activity.value = r.pick<unknown>([undefined, null, 'x', 5, [], {}, { action: junk(r) }, { action: { type: 'Action.Execute', verb: junk(r) } }, { action: { type: 'Action.Execute', verb: 'reflection.answer', data: junk(r) }, trigger: 7 }]);
    return json('card action of the wrong shape', activity);
  }],
  [8, (r, s) => {
    const verb = r.pick([r.text(30), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ANSWER', 'answer ', 'x'.repeat(3000), `${r.pick(s.verbs)}x`]);
    return json('unknown verb', invoke(r, s, verb, junk(r)), 'handled', !s.verbs.includes(verb));
  }],
  [35, (r, s) => {
    const verb = r.pick(s.verbs);
    return json(`known verb, malformed data (${verb})`, invoke(r, s, verb, malformedData(r, s.world, verb)), 'handled', true);
  }],
  // The shapes of issue 17: never parsed, never written to disk, never inflated.
  [3, (r, s) => multipart(r, JSON.stringify(messageActivity(s.person, junkText(r), { serviceUrl: s.serviceUrl })))],
  [2, (r, s) => ({ category: 'urlencoded activity', body: `type=message&text=${r.text(50)}&serviceUrl=${encodeURIComponent(s.serviceUrl)}`, contentType: 'application/x-www-form-urlencoded', expected: 'client', expectsCard: false })],
  [3, (r, s) => ({ ...json('compressed activity', messageActivity(s.person, 'reflecteer', { serviceUrl: s.serviceUrl }), 'client'), compress: r.pick(['gzip', 'deflate', 'br'] as const) })],
  [2, (r, s) => ({ ...json('huge header', messageActivity(s.person, 'reflecteer', { serviceUrl: s.serviceUrl }), 'client'), headers: { [r.pick(['X-Fuzz', 'Cookie', 'Authorization'])]: 'x'.repeat(20_000 + r.int(60_000)) } })],
];

/** A form upload with a file part and the activity as a field, as curl -F sends it. */
function multipart(r: SeededRandom, activity: string): FuzzInput {
  const boundary = `----fuzz${r.int(1e9)}`;
  const file = r.chance(0.5) ? 'x'.repeat(r.int(200_000)) : r.text(500);
  const body = [
    `--${boundary}`, 'Content-Disposition: form-data; name="activity"', '', activity,
    `--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${r.pick(['a.bin', '../../etc/passwd', 'x.json'])}"`, 'Content-Type: application/octet-stream', '', file,
    `--${boundary}--`, '',
  ].join('\r\n');
  return { category: 'multipart upload', body, contentType: `multipart/form-data; boundary=${boundary}`, expected: 'client', expectsCard: false };
}

/** `count` inputs from `seed`; the same seed gives the same inputs. */
export function fuzzInputs(r: SeededRandom, setup: FuzzSetup, count: number): FuzzInput[] {
  const total = generators.reduce((sum, [weight]) => sum + weight, 0);
  return Array.from({ length: count }, () => {
    let ticket = r.int(total);
    for (const [weight, generate] of generators) {
      if (ticket >= weight) {
        ticket -= weight;
        continue;
      }
      const input = generate(r, setup);
      // Junk can nest huge strings past the limit: then the limit is what must answer.
      const tooLarge = input.expected !== 'client' && Buffer.byteLength(input.body) > setup.maxBodyBytes;
      return tooLarge ? { ...input, expected: 'size' as const, expectsCard: false } : input;
    }
    throw new Error('unreachable');
  });
}

function nonJson(r: SeededRandom): string {
  const body = r.pick(['{"broken', '{', '{"type":}', "{'type':'message'}", 'undefined', 'NaN', '{"type":"message",}', r.text(200)]);
  try {
    JSON.parse(body);
    return `{${body}`;
  } catch {
    return body;
  }
}

/** Control characters, markup, mentions and very long text; never one of the command words. */
function junkText(r: SeededRandom): string {
  for (;;) {
    const text = r.pick([r.text(300), r.controlText(200), `<at>Positie</at> ${r.text(50)}`, `<script>${r.text(20)}</script>`, 'y'.repeat(10_000 + r.int(20_000)), '', ' \n\t ']);
    if (!parseCommand(text)) return text;
  }
}
