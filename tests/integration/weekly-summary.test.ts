import type { Answer } from '../../src/domain/answer';
import { personKey } from '../../src/store/keys';
import { messageActivity, TENANT, testUser, type TestUser } from '../support/activities';
import { replies, startTestApp, type TestApp } from '../support/test-app';

/** The attachment content of the first card in a message response. */
function replyCard(body: unknown): Record<string, unknown> {
  const attachments = replies(body).flatMap((activity) => (Array.isArray(activity.attachments) ? (activity.attachments as { content?: unknown }[]) : []));
  return (attachments[0]?.content ?? {}) as Record<string, unknown>;
}

function chartFallback(card: Record<string, unknown>, type: string): string {
  const found: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === type) found.push(record.fallback);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return JSON.stringify(found);
}

function answer(n: number, answeredAt: string, roleId: string, note?: string): Answer {
  return { deliveryId: `reflect-${n}`, promptId: 'p-mo-1', paradoxId: 'maakbaar-open', position: 2, lens: 'ideaaltypen', roleId, answeredAt, localDate: answeredAt.slice(0, 10), ...(note ? { note } : {}) };
}

describe('weekly summary on demand', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-05T12:00:00Z'); // Thursday of ISO week 10
  });
  afterAll(async () => t.close());

  async function meet(user: TestUser, locale = 'nl-NL'): Promise<string> {
    await t.post(messageActivity(user, 'hulp', { serviceUrl: t.connector.url, locale }));
    return personKey(TENANT, user.aadObjectId);
  }

  it('when answers are stored this week and the person types samenvatting, then the card names the leaning role, and its share as text and in the fallback bars', async () => {
    const user = testUser(601);
    const key = await meet(user);
    await t.app.services.answers.save(key, answer(1, '2026-03-02T15:00:00Z', 'verbinder', 'Samen met bewoners in gesprek'));
    await t.app.services.answers.save(key, answer(2, '2026-03-03T15:00:00Z', 'verbinder'));
    await t.app.services.answers.save(key, answer(3, '2026-03-04T15:00:00Z', 'bureaucraat'));
    await t.app.services.answers.save(key, answer(4, '2026-02-24T15:00:00Z', 'ondernemer'));
    for (const localDate of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']) {
      await t.app.services.deliveries.tryCreate({ personKey: key, id: `${localDate}_prompt`, kind: 'prompt', localDate, state: 'sent', claimedAt: `${localDate}T15:00:00Z`, claimedBy: 'test', attempts: 1, snoozes: 0 });
    }
    const response = await t.post(messageActivity(user, 'samenvatting', { serviceUrl: t.connector.url }));
    const card = replyCard(response.body);
    const bars = chartFallback(card, 'Chart.Donut');
    expect(bars).toContain('"title":"Verbinder","value":"███████░░░"');
    expect(bars).toContain('"title":"Bureaucraat","value":"███░░░░░░░"');
    const text = JSON.stringify(card);
    expect(text).toContain('"title":"Verbinder","value":"67 % · 2×"');
    expect(text).toContain('"title":"Bureaucraat","value":"33 % · 1×"');
    expect(text).toContain('Deze week koos je het vaakst de verbinder.');
    expect(text).toContain('3 antwoorden op 4 vragen');
    expect(text).toContain('Samen met bewoners in gesprek');
  });

  it('when the person asks for last week, then that week is summed up', async () => {
    const user = testUser(602);
    const key = await meet(user);
    await t.app.services.answers.save(key, answer(1, '2026-02-24T15:00:00Z', 'ondernemer'));
    await t.app.services.answers.save(key, answer(2, '2026-03-02T15:00:00Z', 'verbinder'));
    const response = await t.post(messageActivity(user, 'samenvatting vorige week', { serviceUrl: t.connector.url }));
    const card = replyCard(response.body);
    expect(JSON.stringify(card)).toContain('Je week 9 in Positie');
    expect(chartFallback(card, 'Chart.Donut')).toContain('"title":"Ondernemer","value":"██████████"');
    expect(JSON.stringify(card)).toContain('"title":"Ondernemer","value":"100 % · 1×"');
  });

  it('when an English-speaking person without answers types summary, then a short card invites a first reflection', async () => {
    const user = testUser(603);
    const key = await meet(user, 'en-US');
    // Local mode speaks DEFAULT_LANGUAGE until the person picks a language; this person picked English.
    const person = await t.app.services.people.find(TENANT, user.aadObjectId);
    if (!person) throw new Error('no profile');
    await t.app.services.people.saveSettings(key, { ...person.settings, locale: 'en', localeChosen: true });
    const response = await t.post(messageActivity(user, 'summary', { serviceUrl: t.connector.url, locale: 'en-US' }));
    const text = JSON.stringify(replyCard(response.body));
    expect(text).toContain('Your week 10 in Positie');
    expect(text).toContain('Reflect now');
    expect(text).not.toContain('Chart.');
  });
});
