import { runTick } from '../../src/scheduler/tick';
import { messageActivity, testUser } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const DUE = new Date('2026-11-24T15:00:00Z'); // Tuesday 16:00 in Amsterdam

/** When the person's next prompt is due, from the due index. */
async function nextPromptAt(app: TestApp, key: string): Promise<Date> {
  const pending = await app.app.services.due.forPerson(key);
  const bucket = pending.find((p) => p.kind === 'prompt')?.bucket ?? '';
  const [, y, mo, d, h, mi] = /^b(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})-\d{2}$/.exec(bucket) ?? [];
  if (!y) throw new Error(`no prompt scheduled for ${key}`);
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:00Z`);
}

describe('prompt history on the profile', () => {
  let app: TestApp;
  const connector = new RecordingConnector();

  beforeAll(async () => {
    await connector.start();
    app = await startTestApp({ TEAMS_MAX_RPS: '1000' });
  });
  afterAll(async () => {
    await app.close();
    await connector.stop();
  });

  it('when a person gets scheduled prompts on three days, then the profile keeps exactly those picks, oldest first', async () => {
    const [key] = await seedPeople(app.app.services, 100, 1, connector.url, DUE);
    if (!key) throw new Error('no person');
    for (let day = 0; day < 3; day += 1) {
      const report = await runTick(app.app.ticker, new Date((await nextPromptAt(app, key)).getTime() + 20_000));
      expect(report.sent).toHaveLength(1);
    }
    const deliveries = await app.app.services.deliveries.listForPerson(key);
    const picks = deliveries.map((d) => ({ localDate: d.localDate, promptId: d.promptId ?? '' })).sort((a, b) => a.localDate.localeCompare(b.localDate));
    expect(picks).toHaveLength(3);
    expect((await app.app.services.people.get(key))?.promptHistory).toEqual(picks);
    expect(new Set(picks.map((p) => p.promptId)).size).toBe(3);
  });

  it('when a profile from before the kept history gets its prompt, then its history is rebuilt from the deliveries', async () => {
    const [key] = await seedPeople(app.app.services, 200, 1, connector.url, DUE);
    if (!key) throw new Error('no person');
    await runTick(app.app.ticker, new Date(DUE.getTime() + 20_000));
    // Make the profile look like one written before the history was kept.
    const people = app.tables.table('people');
    const { etag: _etag, timestamp: _timestamp, promptHistory: _history, ...rest } = await people.getEntity<Record<string, unknown>>(key, 'profile');
    await people.updateEntity({ ...rest, partitionKey: key, rowKey: 'profile' }, 'Replace');
    expect((await app.app.services.people.get(key))?.promptHistory).toBeUndefined();

    const report = await runTick(app.app.ticker, new Date((await nextPromptAt(app, key)).getTime() + 20_000));
    expect(report.sent).toHaveLength(1);
    const history = (await app.app.services.people.get(key))?.promptHistory ?? [];
    const delivered = (await app.app.services.deliveries.listForPerson(key)).map((d) => d.promptId);
    expect(history.map((h) => h.promptId).sort()).toEqual([...delivered].sort());
    expect(history).toHaveLength(2);
    expect(history[0]?.promptId).not.toBe(history[1]?.promptId);
  });

  it('when the profile was changed between the read and the write, then the pick is still added and nothing is lost', async () => {
    const [key] = await seedPeople(app.app.services, 300, 1, connector.url, DUE);
    if (!key) throw new Error('no person');
    const stale = await app.app.services.people.get(key);
    if (!stale) throw new Error('no profile');
    // Another instance changes the profile meanwhile: the etag of `stale` no longer matches.
    await app.app.services.people.saveSettings(key, { ...stale.settings, time: '09:30' });
    await app.app.services.people.updatePromptHistory(stale, async (history) => [...(history ?? []), { localDate: '2026-11-20', promptId: 'p-mo-1' }]);
    const fresh = await app.app.services.people.get(key);
    expect(fresh?.promptHistory).toEqual([{ localDate: '2026-11-20', promptId: 'p-mo-1' }]);
    expect(fresh?.settings.time).toBe('09:30');
  });

  it('when a prompt is asked for in the chat the day before, then it goes into the history and the scheduled pick is another one', async () => {
    const [key] = await seedPeople(app.app.services, 400, 1, connector.url, DUE);
    if (!key) throw new Error('no person');
    app.clock.now = new Date(DUE.getTime() - 24 * 3600_000);
    const reply = await app.post(messageActivity(testUser(400), 'reflecteer', { serviceUrl: connector.url }));
    expect(reply.status).toBe(200);
    const asked = (await app.app.services.people.get(key))?.promptHistory ?? [];
    expect(asked).toHaveLength(1);
    await runTick(app.app.ticker, new Date(DUE.getTime() + 20_000));
    const history = (await app.app.services.people.get(key))?.promptHistory ?? [];
    expect(history).toHaveLength(2);
    expect(history[0]).toEqual(asked[0]);
    expect(history[1]?.promptId).not.toBe(asked[0]?.promptId);
  });
});
