import { installActivity, invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { allRows, replies, startTestApp, type TestApp } from '../support/test-app';

const FOREIGN = '00000000-0000-0000-0000-0000000000ff';

describe('tenant allow-list', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ALLOWED_TENANT_IDS: `${TENANT}, 00000000-0000-0000-0000-0000000000bb` });
  });
  afterAll(async () => t.close());

  it('when someone from a tenant not on the list writes, installs or clicks, then they get a short refusal and nothing is stored', async () => {
    const user = testUser(701);
    const options = { serviceUrl: t.connector.url, tenantId: FOREIGN };
    const message = await t.post(messageActivity(user, 'reflecteer', options));
    expect(message.status).toBe(200);
    expect(JSON.stringify(replies(message.body))).toContain('Positie is niet beschikbaar voor jouw organisatie');
    // In local mode the client's en-GB does not count: DEFAULT_LANGUAGE (nl) speaks.
    const english = await t.post(messageActivity(user, 'delete my data', { ...options, locale: 'en-GB' }));
    expect(JSON.stringify(replies(english.body))).toContain('niet beschikbaar voor jouw organisatie');
    const install = await t.post(installActivity(user, options));
    expect(install.status).toBeLessThan(500);
    expect(replies(install.body)).toEqual([]);
    const click = await t.post(invokeActivity(user, 'reflection.answer', { deliveryId: '2026-03-04_prompt', position: '3', role: 'verbinder' }, options));
    // Refused before any handler runs, with the refusal as the card's answer and no write.
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toContain('Positie is niet beschikbaar voor jouw organisatie');
    const channel = await t.post(messageActivity(user, 'check-in', { ...options, scope: { kind: 'channel', id: '19:foreign@thread.tacv2' } }));
    expect(JSON.stringify(replies(channel.body))).toContain('niet beschikbaar');
    expect(await allRows(t.tables)).toEqual([]);
  });

  it('when the tenant of the conversation is allowed, then the person is served as usual', async () => {
    const reply = await t.post(messageActivity(testUser(702), 'hulp', { serviceUrl: t.connector.url }));
    expect(JSON.stringify(replies(reply.body))).toContain('Wat kan ik voor je doen?');
    expect((await allRows(t.tables)).some((r) => r.table === 'people')).toBe(true);
  });
});
