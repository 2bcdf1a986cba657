import { DateTime } from 'luxon';
import { invokeActivity, messageActivity, type Scope, type TestUser } from '../support/activities';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { cardsOf, choicesOf, findData, invokeCard } from '../support/card-reading';
import { IngestionStub, type Envelope } from '../support/ingestion-stub';
import { RecordingConnector } from '../support/recording-connector';
import { personKey } from '../../src/store/keys';

jest.setTimeout(120_000);

/** Everything that identifies the person or what they wrote: none of it may leave in telemetry. */
const tenantId = 'f0e1d2c3-b4a5-4687-9a8b-7c6d5e4f3a2b';
const person: TestUser = { id: '29:1Zq8TelemetrieGebruiker', aadObjectId: 'a7e1c3d9-5b2f-4e6a-9c0d-1f2e3d4c5b6a', name: 'Wilhelmina Zonnebloem-Taxusberg' };
const note = 'Vandaag schuurde het tussen regel en mens bij de balie Quetzalcoatl';
const channelId = '19:kanaalTelemetrie7Xv@thread.tacv2';
const channel: Scope = { kind: 'channel', id: channelId };

const METRICS = [
  'positie.scheduled.due',
  'positie.scheduled.claimed',
  'positie.scheduled.sent',
  'positie.scheduled.skipped',
  'positie.scheduled.lag',
  'positie.teams.throttled',
  'positie.teams.retries',
  'positie.card_action.duration',
  'positie.answers',
  'positie.checkins.opened',
  'positie.checkins.closed',
  'positie.instances.live',
];

/** Drives the app process through /api/messages as Teams would. */
class Chat {
  constructor(
    private readonly app: AppProcess,
    private readonly serviceUrl: string,
  ) {}

  async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.app.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  say(text: string, scope?: Scope) {
    return this.post(messageActivity(person, text, { serviceUrl: this.serviceUrl, tenantId, ...(scope ? { scope } : {}) }));
  }

  act(verb: string, data: unknown, scope?: Scope) {
    return this.post(invokeActivity(person, verb, data, { serviceUrl: this.serviceUrl, tenantId, ...(scope ? { scope } : {}) }));
  }

  /** `reflecteer`, then an answer with the note. */
  async answer(): Promise<void> {
    const card = cardsOf((await this.say('reflecteer')).body)[0];
    const [role] = choicesOf(card, 'role');
    const answered = await this.act('reflection.answer', { deliveryId: findData(card, 'deliveryId'), ticket: findData(card, 'ticket'), position: '3', role, note });
    expect(JSON.stringify(invokeCard(answered.body))).toContain('Quetzalcoatl');
  }
}

/** One scheduler tick through local time travel. */
async function tick(app: AppProcess, at: DateTime): Promise<{ sent: unknown[] }> {
  const response = await fetch(`${app.baseUrl}/dev/tick?at=${encodeURIComponent(at.toUTC().toISO() ?? '')}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return (await response.json()) as { sent: unknown[] };
}

const metricNames = (envelopes: Envelope[]): Set<string> =>
  new Set(envelopes.filter((e) => e.data?.baseType === 'MetricData').flatMap((e) => ((e.data?.baseData?.metrics ?? []) as { name: string }[]).map((m) => m.name)));
const named = (envelopes: Envelope[], baseType: string): string[] => envelopes.filter((e) => e.data?.baseType === baseType).map((e) => String(e.data?.baseData?.name ?? ''));

describe('telemetry to a local Azure Monitor ingestion stub', () => {
  const ingestion = new IngestionStub();
  const connector = new RecordingConnector();
  beforeAll(async () => {
    await ingestion.start();
    await connector.start();
  });
  afterAll(async () => {
    await connector.stop();
    await ingestion.stop();
  });

  it('when a person registers, answers, holds a check-in, downloads their data and gets a scheduled prompt, then metrics and traces arrive without any id, name or note', async () => {
    const app = await startAppProcess({
      APPLICATIONINSIGHTS_CONNECTION_STRING: ingestion.connectionString,
      NODE_EXTRA_CA_CERTS: ingestion.caFile,
      // Every trace, not the default five a second: the search below must see all of them.
      OTEL_TRACES_SAMPLER: 'always_on',
    });
    let exportToken: string | undefined;
    try {
      const chat = new Chat(app, connector.url);
      expect((await chat.say('hulp')).status).toBe(200);
      await chat.answer();

      const setup = cardsOf((await chat.say('check-in', channel)).body)[0];
      await chat.act('checkin.start', { token: findData(setup, 'token'), topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '48', minimum: '5', notes: 'true' }, channel);
      const checkinId = findData(connector.sentTo(channelId)[0], 'checkinId');
      expect(checkinId).toBeDefined();
      expect(JSON.stringify(invokeCard((await chat.act('checkin.close', { checkinId, confirm: 'true' }, channel)).body))).toContain('Gesloten');

      const link = /"url":"([^"]+\/export\/[^"]+)"/.exec(JSON.stringify(cardsOf((await chat.say('mijn gegevens')).body)))?.[1] ?? '';
      const path = new URL(link).pathname;
      exportToken = decodeURIComponent(path.split('/export/')[1] ?? '');
      expect(exportToken?.length).toBeGreaterThan(10);
      expect((await fetch(`${app.baseUrl}${path}`)).status).toBe(200);
      // App Service's probes: readiness is read from its requests (docs/operations.md), liveness is not worth one.
      expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
      expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);

      // The scheduled prompt: the first weekday (no holiday) at 16:05 after tomorrow; the first send gets a 429 and is retried.
      connector.failNext(429);
      let sent = 0;
      let at = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 1 }).set({ hour: 16, minute: 5, second: 0, millisecond: 0 });
      for (let day = 0; day < 10 && sent === 0; day += 1, at = at.plus({ days: 1 })) sent = (await tick(app, at)).sent.length;
      expect(sent).toBeGreaterThan(0);
      // A week later, four hours past the hour: the next prompt is older than the catch-up window.
      await tick(app, at.plus({ days: 7, hours: 4 }));
      expect(connector.sentTo(`personal-${person.id}`).some((a) => JSON.stringify(a).includes('ticket'))).toBe(true);
    } finally {
      await app.stop();
    }

    // Logs and traces correlate: a line written inside a turn carries the turn's trace id.
    expect(app.output()).toMatch(/"event":"answer.saved"[^\n]*"trace_id":"[0-9a-f]{32}","span_id":"[0-9a-f]{16}"|"trace_id":"[0-9a-f]{32}","span_id":"[0-9a-f]{16}"[^\n]*"event":"answer.saved"/);

    const envelopes = ingestion.envelopes();
    expect(ingestion.paths.every((p) => p.startsWith('/v2.1/track') || p.startsWith('/v2/track'))).toBe(true);
    expect(METRICS.filter((name) => !metricNames(envelopes).has(name))).toEqual([]);

    const properties = (name: string): Record<string, unknown>[] =>
      envelopes.filter((e) => e.data?.baseType === 'MetricData' && JSON.stringify(e.data.baseData?.metrics).includes(`"${name}"`)).map((e) => (e.data?.baseData?.properties ?? {}) as Record<string, unknown>);
    expect(properties('positie.scheduled.sent')).toContainEqual(expect.objectContaining({ kind: 'prompt' }));
    expect(properties('positie.card_action.duration').map((p) => p.verb)).toEqual(expect.arrayContaining(['reflection.answer', 'checkin.start', 'checkin.close']));
    expect(properties('positie.teams.retries')).toContainEqual(expect.objectContaining({ status: '429' }));
    expect(properties('positie.scheduled.skipped')).toContainEqual(expect.objectContaining({ kind: 'prompt', reason: 'catchup' }));
    // A table's "not found" on first contact is an answer the store handles, not an exception.
    expect(envelopes.filter((e) => e.data?.baseType === 'ExceptionData')).toEqual([]);

    const requestTags = envelopes.filter((e) => e.data?.baseType === 'RequestData').map((e) => Object.keys(e.tags ?? {}));
    expect(requestTags.flat().filter((tag) => tag === 'ai.location.ip' || tag === 'ai.user.userAgent')).toEqual([]);

    const requests = named(envelopes, 'RequestData');
    expect(requests).toEqual(expect.arrayContaining(['POST /api/messages', 'GET /export/:id', 'GET /readyz']));
    expect(requests).not.toContain('GET /healthz');
    const dependencies = envelopes.filter((e) => e.data?.baseType === 'RemoteDependencyData').map((e) => e.data?.baseData ?? {});
    expect(dependencies.map((d) => String(d.name))).toEqual(expect.arrayContaining(['turn action reflection.answer', 'turn command reflect', 'turn action checkin.close']));
    const tableCalls = dependencies.filter((d) => /positie?\w*|p\d+x/.test(String(d.data ?? '')) && String(d.target ?? '').includes('127.0.0.1'));
    expect(tableCalls.length).toBeGreaterThan(0);
    const connectorCalls = dependencies.filter((d) => String(d.data ?? '').includes('/v3/conversations/:id'));
    expect(connectorCalls.length).toBeGreaterThan(0);

    const raw = ingestion.bodies.join('\n');
    const secrets = [person.aadObjectId, person.id, person.name, 'Zonnebloem', note, 'Quetzalcoatl', tenantId, channelId, 'kanaalTelemetrie7Xv', `personal-${person.id}`, personKey(tenantId, person.aadObjectId), exportToken ?? 'the export token'];
    const leaked = secrets.filter((secret) => raw.includes(secret) || raw.includes(encodeURIComponent(secret)) || raw.includes(JSON.stringify(secret).slice(1, -1)));
    expect(leaked).toEqual([]);
  });

  it('when no connection string is set, then the app works and sends nothing', async () => {
    const before = ingestion.bodies.length;
    const app = await startAppProcess({ NODE_EXTRA_CA_CERTS: ingestion.caFile });
    try {
      const chat = new Chat(app, connector.url);
      expect((await chat.say('hulp')).status).toBe(200);
      await chat.answer();
    } finally {
      await app.stop();
    }
    expect(app.output()).toContain('"telemetry":false');
    expect(app.output()).not.toContain('trace_id');
    expect(ingestion.bodies.length).toBe(before);
  });
});
