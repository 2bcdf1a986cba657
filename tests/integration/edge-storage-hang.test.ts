import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startAzurite, type EmbeddedAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import { createTableStore } from '../../src/store/table-store';
import { azuritePid } from '../bench/support/cpu-usage';
import { invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { cardsOf, choicesOf, findData } from '../support/card-reading';
import { RecordingConnector } from '../support/recording-connector';

jest.setTimeout(90_000);

describe('storage hangs (Azurite paused with SIGSTOP) while someone answers', () => {
  const connector = new RecordingConnector();
  let azurite: EmbeddedAzurite;
  let pid: number;
  let app: App;
  let baseUrl = '';

  beforeAll(async () => {
    azurite = await startAzurite({});
    pid = azuritePid(azurite.port) ?? 0;
    await connector.start();
    const config = loadConfig({ LOG_LEVEL: 'silent', TABLE_PREFIX: 'hang', TABLES_CONNECTION_STRING: azurite.connectionString, SCHEDULER: 'off' });
    const tables = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, config.TABLE_PREFIX);
    app = await createApp({ config, logger: createLogger(process.env.HANG_LOG === '1' ? 'debug' : 'silent'), tables, instanceId: 'hang' });
    baseUrl = `http://127.0.0.1:${await app.listen(0)}`;
  });
  afterAll(async () => {
    if (pid) process.kill(pid, 'SIGCONT');
    await app.close();
    await connector.stop();
    await azurite.stop();
  });

  const post = async (activity: unknown): Promise<{ status: number; text: string; seconds: number }> => {
    const started = Date.now();
    const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(60_000) });
    return { status: response.status, text: await response.text(), seconds: (Date.now() - started) / 1000 };
  };

  it('then the answer gets the error card with the note within 10 s, /readyz says 503, and sent again after SIGCONT it is stored', async () => {
    expect(pid).toBeGreaterThan(0);
    const user = testUser(1717);
    const prompt = cardsOf(JSON.parse((await post(messageActivity(user, 'reflecteer', { serviceUrl: connector.url }))).text) as unknown)[0];
    const deliveryId = findData(prompt, 'deliveryId');
    const [role] = choicesOf(prompt, 'role');
    expect(deliveryId && role).toBeTruthy();
    const note = 'geschreven terwijl de opslag hing';
    const answer = invokeActivity(user, 'reflection.answer', { deliveryId, position: '4', role, note }, { serviceUrl: connector.url });

    process.kill(pid, 'SIGSTOP');
    let during: { status: number; text: string; seconds: number };
    let opening: { status: number; text: string; seconds: number };
    let readyz: number;
    try {
      // At the same time, a click on a button that opens something (the summary's "Geschiedenis").
      [during, opening] = await Promise.all([post(answer), post(invokeActivity(user, 'history.open', {}, { serviceUrl: connector.url }))]);
      readyz = (await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(10_000) })).status;
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(during.seconds).toBeLessThan(10);
    expect(during.status).toBe(200);
    expect(during.text).toContain('AdaptiveCard');
    expect(during.text).toContain(note);
    expect(during.text).not.toContain('Opgeslagen');
    expect(readyz).toBe(503);
    // That card stays as it was (issue 27): a note says it failed, no card takes its place.
    expect(opening.status).toBe(200);
    expect(opening.text).toContain('application/vnd.microsoft.activity.message');
    expect(opening.text).not.toContain('AdaptiveCard');

    // The person clicks "send again" on the error card: it carries what they sent.
    const retry = (JSON.parse(during.text) as { value: { actions: { verb: string; data: unknown }[] } }).value.actions[0];
    expect(retry?.verb).toBe('reflection.answer');
    const again = await post(invokeActivity(user, 'reflection.answer', retry?.data, { serviceUrl: connector.url }));
    expect(again.status).toBe(200);
    expect(again.text).toContain('Opgeslagen');
    const stored = await app.services.answers.get(personKey(TENANT, user.aadObjectId), deliveryId ?? '');
    expect(stored?.note).toBe(note);
  });
});
