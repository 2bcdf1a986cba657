import { installActivity, messageActivity, testUser } from '../support/activities';
import { allRows, replies, startTestApp, withTestApp, type TestApp } from '../support/test-app';

describe('first contact in personal chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('when a person installs the app, then one person and one conversation reference are stored and a welcome card is sent', async () => {
    const user = testUser(1);
    const response = await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    expect(response.status).toBe(200);
    const rows = await allRows(t.tables);
    expect(rows.filter((r) => r.table === 'people')).toHaveLength(1);
    expect(rows.filter((r) => r.table === 'conversations')).toHaveLength(1);
    const text = JSON.stringify(replies(response.body));
    expect(text).toContain('Welkom bij Positie');
  });

  it('when the same person installs again, then still one person and one conversation reference exist', async () => {
    const user = testUser(2);
    await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    const rows = (await allRows(t.tables)).filter((r) => String(r.partitionKey).includes(user.aadObjectId));
    expect(rows.filter((r) => r.table === 'people')).toHaveLength(1);
    expect(rows.filter((r) => r.table === 'conversations')).toHaveLength(1);
  });

  it('when the serviceUrl changes, then the stored conversation reference follows it', async () => {
    const user = testUser(3);
    await t.post(messageActivity(user, 'hulp', { serviceUrl: 'https://smba.example/emea/' }));
    await t.post(messageActivity(user, 'hulp', { serviceUrl: 'https://smba.example/amer/' }));
    const refs = (await allRows(t.tables)).filter((r) => r.table === 'conversations' && String(r.partitionKey).includes(user.aadObjectId));
    expect(refs).toHaveLength(1);
    expect(String(refs[0]?.reference)).toContain('https://smba.example/amer/');
  });

  it('when the Playground (local mode, always en-US) installs, then the welcome speaks DEFAULT_LANGUAGE: Dutch by default', async () => {
    const response = await t.post(installActivity(testUser(4), { serviceUrl: t.connector.url, locale: 'en-US' }));
    expect(JSON.stringify(replies(response.body))).toContain('Welkom bij Positie');
    const hulp = await t.post(messageActivity(testUser(4), 'hulp', { serviceUrl: t.connector.url, locale: 'en-US' }));
    expect(JSON.stringify(replies(hulp.body))).toContain('Wat kan ik voor je doen?');
  });

  it('when DEFAULT_LANGUAGE is en in local mode, then the welcome is in English', async () => {
    const text = await withTestApp({ DEFAULT_LANGUAGE: 'en' }, async (en) => JSON.stringify(replies((await en.post(installActivity(testUser(4), { serviceUrl: en.connector.url, locale: 'nl-NL' }))).body)));
    expect(text).toContain('Welcome to Positie');
  });

  it('when a person types help or hulp in any case, then the help card lists the commands', async () => {
    const nl = await t.post(messageActivity(testUser(5), 'HULP', { serviceUrl: t.connector.url }));
    expect(JSON.stringify(replies(nl.body))).toContain('reflecteer');
    const en = await withTestApp({ DEFAULT_LANGUAGE: 'en' }, async (app) => app.post(messageActivity(testUser(6), ' Help ', { serviceUrl: app.connector.url, locale: 'en-US' })));
    expect(JSON.stringify(replies(en.body))).toContain('A reflection question now');
  });

  it('when a person types something unknown, then a friendly answer points to help', async () => {
    await t.post(installActivity(testUser(7), { serviceUrl: t.connector.url }));
    const response = await t.post(messageActivity(testUser(7), 'wat is dit', { serviceUrl: t.connector.url }));
    expect(JSON.stringify(replies(response.body))).toContain('Bedoel je');
  });
});
