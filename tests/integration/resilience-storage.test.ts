import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { runTick, type TickReport } from '../../src/scheduler/tick';
import { freePort, startAzurite, type EmbeddedAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import { createTableStore } from '../../src/store/table-store';
import { azuritePid } from '../bench/support/cpu-usage';
import { invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { cardsOf, choicesOf, findData } from '../support/card-reading';
import { RecordingConnector } from '../support/recording-connector';
import { seedPeople } from '../support/seed-people';

jest.setTimeout(170_000);

const DUE = new Date('2026-11-24T15:00:00Z');
const OUTAGE_MS = 10_000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Azurite flushes to disk on SIGINT only (SIGTERM drops the last seconds): stop it as an operator would. */
async function stopGracefully(azurite: EmbeddedAzurite): Promise<void> {
  const pid = azuritePid(azurite.port);
  if (pid !== undefined) process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && pid !== undefined; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await sleep(50);
  }
  await azurite.stop();
}

describe('storage outage: Azurite stopped for 10 s while answers and scheduled sends are in flight', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'positie-outage-'));
  const connector = new RecordingConnector();
  let port = 0;
  let azurite: EmbeddedAzurite;
  let app: App;
  let baseUrl = '';

  beforeAll(async () => {
    port = await freePort();
    azurite = await startAzurite({ port, dataDir });
    await connector.start();
    const config = loadConfig({ LOG_LEVEL: 'silent', TABLE_PREFIX: 'outage', TABLES_CONNECTION_STRING: azurite.connectionString, SCHEDULER: 'off', TEAMS_MAX_RPS: '15' });
    const tables = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, config.TABLE_PREFIX);
    app = await createApp({ config, logger: createLogger('silent'), tables, instanceId: 'outage' });
    baseUrl = `http://127.0.0.1:${await app.listen(0)}`;
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
    await stopGracefully(azurite);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (activity: unknown): Promise<{ status: number; text: string }> => {
    try {
      const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      return { status: 0, text: String(error) };
    }
  };
  const readyz = async (): Promise<number> => (await fetch(`${baseUrl}/readyz`)).status;

  it('then nothing saved is lost, refused answers can be sent again, sends resume once each, and /readyz follows storage', async () => {
    const services = app.services;
    const dueKeys = await seedPeople(services, 1, 90, connector.url, DUE);
    const answerers = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const user = testUser(500 + i);
        const card = cardsOf(JSON.parse((await post(messageActivity(user, 'reflecteer', { serviceUrl: connector.url }))).text) as unknown)[0];
        const deliveryId = findData(card, 'deliveryId');
        const [role] = choicesOf(card, 'role');
        if (!deliveryId || !role) throw new Error('no prompt card');
        return { user, deliveryId, role, savedNote: undefined as string | undefined, refusedNote: undefined as string | undefined, bare: 0 };
      }),
    );
    expect(await readyz()).toBe(200);

    const answer = async (a: (typeof answerers)[number], note: string): Promise<boolean> => {
      const response = await post(invokeActivity(a.user, 'reflection.answer', { deliveryId: a.deliveryId, position: '3', role: a.role, note }, { serviceUrl: connector.url }));
      const saved = response.status === 200 && response.text.includes('Opgeslagen') && response.text.includes(note);
      a.refusedNote = saved ? undefined : note;
      if (saved) a.savedNote = note;
      // A refusal must still be a card that says so, never a bare HTTP error.
      if (!saved && !(response.status === 200 && response.text.includes('AdaptiveCard'))) a.bare += 1;
      return saved;
    };
    let answering = true;
    const answerLoop = (async () => {
      for (let round = 0; answering && round < 200; round += 1) {
        await Promise.all(answerers.map((a) => answer(a, `ronde ${round} van ${a.user.id}`)));
        await sleep(100);
      }
    })();
    const tick: Promise<TickReport> = runTick(app.ticker, new Date(DUE.getTime() + 20_000));

    await sleep(1500);
    await stopGracefully(azurite);
    const outageStarted = Date.now();
    await sleep(2000);
    expect(await readyz()).toBe(503);
    // People stop trying while storage is down, so each one's last answer got the error card.
    answering = false;
    await answerLoop;
    await sleep(OUTAGE_MS - (Date.now() - outageStarted));
    azurite = await startAzurite({ port, dataDir });
    let ready = await readyz();
    for (let i = 0; i < 60 && ready !== 200; i += 1) {
      await sleep(250);
      ready = await readyz();
    }
    expect(ready).toBe(200);

    expect(answerers.every((a) => a.refusedNote !== undefined)).toBe(true);
    expect(answerers.reduce((n, a) => n + a.bare, 0)).toBe(0);
    for (const a of answerers) {
      // The person clicks again on the card that showed the error, with what they had typed.
      if (a.refusedNote !== undefined) expect(await answer(a, a.refusedNote)).toBe(true);
      const stored = await services.answers.get(personKey(TENANT, a.user.aadObjectId), a.deliveryId);
      expect(stored?.note).toBe(a.savedNote);
    }

    await tick;
    // Entries whose claim was made but not sent wait for the lease (5 min), then go out once.
    for (const minutes of [1, 7]) await runTick(app.ticker, new Date(DUE.getTime() + minutes * 60_000));
    const prompts = new Map<string, number>();
    for (const s of connector.sent) prompts.set(s.conversationId, (prompts.get(s.conversationId) ?? 0) + 1);
    const scheduled = dueKeys.map((_, i) => prompts.get(`personal-${testUser(1 + i).id}`) ?? 0);
    expect(scheduled.filter((n) => n !== 1)).toEqual([]);
  });
});
