import { messageActivity, testUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { startTestApp, withTestApp, type TestApp } from '../support/test-app';
import { exportUrlOf, onTestServer, personWithEverything } from './privacy-fixture';

jest.setTimeout(60_000);

const MINUTE = 60_000;

describe('export of everything stored about a person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'https://positie.example.nl' });
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const askLink = async (n: number, text = 'mijn gegevens') => t.post(messageActivity(testUser(n), text, { serviceUrl: t.connector.url }));

  it('when a person asks for their data, then the link downloads a JSON file with every kind of row they have', async () => {
    const p = await personWithEverything(t, 401);
    const reply = await askLink(401);
    const card = cardsOf(reply.body)[0];
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('werkt één keer en 15 minuten lang');
    const url = exportUrlOf(reply.body);
    expect(url.startsWith('https://positie.example.nl/export/')).toBe(true);
    expect(url).not.toContain(testUser(401).aadObjectId);

    const response = await fetch(onTestServer(t, url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="positie-export.json"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    const data = (await response.json()) as Record<string, Record<string, unknown> & unknown[]>;

    expect(data.profile).toMatchObject({ key: p.key, aadObjectId: p.user.aadObjectId, name: p.user.name });
    expect(data.settings).toMatchObject({ locale: 'nl' });
    expect(data.conversationReference).toMatchObject({ conversation: { id: `personal-${p.user.id}` } });
    expect(data.answers).toEqual([expect.objectContaining({ note: p.note })]);
    expect((data.deliveries as unknown[]).length).toBe(2);
    expect((data.pendingSends as { kind: string }[]).map((s) => s.kind).sort()).toEqual(['prompt', 'snooze', 'summary']);
    const coaching = data.coaching as unknown as Record<string, { side?: string; coachKey?: string; coacheeKey?: string }[]>;
    expect(coaching.consents?.map((c) => c.side).sort()).toEqual(['coach', 'coachee']);
    expect(coaching.codes?.length).toBe(3);
    expect(coaching.views?.map((v) => (v.coachKey === p.key ? 'by me' : 'of me')).sort()).toEqual(['by me', 'of me']);
    expect(data.teamCheckins).toMatchObject({
      responses: [{ checkinId: p.answeredCheckinId, key: p.pseudonym, choice: 'accepteren', roleId: 'verbinder', note: p.checkinNote }],
      started: [expect.objectContaining({ checkinId: p.checkinId, key: p.starterKey, status: 'open' })],
      series: [expect.objectContaining({ seriesId: p.seriesId, key: p.seriesKey, everyWeeks: 1, weekday: 1, time: '09:00', rotate: true })],
    });
    // The coach's name appears only where the person's own records keep it: the consent they gave
    // (under the name they consented to) and who looked.
    expect(coaching.consents?.find((c) => c.side === 'coachee')).toMatchObject({ coachName: p.coach.name });
    const withoutOwnRecords = { ...data, coaching: { ...coaching, views: [], consents: coaching.consents?.map(({ coachName: _name, ...rest }: Record<string, unknown>) => rest) } };
    expect(JSON.stringify(withoutOwnRecords)).not.toContain(p.coach.name);
  });

  it('when a link is used a second time, then it gets 410 and a clear page in Dutch and English', async () => {
    await t.post(messageActivity(testUser(411), 'hulp', { serviceUrl: t.connector.url }));
    const url = onTestServer(t, exportUrlOf((await askLink(411, 'export')).body));
    expect((await fetch(url)).status).toBe(200);
    const again = await fetch(url);
    expect(again.status).toBe(410);
    expect(again.headers.get('content-type')).toContain('text/html');
    expect(again.headers.get('x-frame-options')).toBe('DENY');
    const page = await again.text();
    expect(page).toContain('al gebruikt of verlopen');
    expect(page).toContain('already been used or has expired');
  });

  it('when two downloads of one link race, then exactly one gets the file', async () => {
    const url = onTestServer(t, exportUrlOf((await askLink(411)).body));
    const statuses = (await Promise.all([fetch(url), fetch(url), fetch(url)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410, 410]);
  });

  it('when a link is older than 15 minutes, then it gets 410', async () => {
    const url = onTestServer(t, exportUrlOf((await askLink(411)).body));
    const asked = t.clock.now;
    t.clock.now = new Date(asked.getTime() + 15 * MINUTE + 1000);
    try {
      expect((await fetch(url)).status).toBe(410);
    } finally {
      t.clock.now = asked;
    }
    expect((await fetch(url)).status).toBe(410);
  });

  it('when a token is forged, altered or made up, then it gets 410 and nothing is downloaded', async () => {
    const url = onTestServer(t, exportUrlOf((await askLink(411)).body));
    const [nonce, expires, mac] = (url.split('/export/')[1] ?? '').split('.');
    const later = String(Number(expires) + 3_600_000);
    for (const token of [`${nonce}.${later}.${mac}`, `${nonce}.${expires}.${'A'.repeat(43)}`, 'x', '../../healthz', `${'B'.repeat(22)}.${expires}.${mac}`]) {
      expect((await fetch(`${t.baseUrl}/export/${encodeURIComponent(token)}`)).status).toBe(410);
    }
    expect((await fetch(url)).status).toBe(200);
  });

  it('when export is asked in a channel, then the person is sent to their personal chat and no link is made', async () => {
    const text = await withTestApp({ DEFAULT_LANGUAGE: 'en' }, async (en) => {
      const reply = await en.post(messageActivity(testUser(412), 'export', { serviceUrl: en.connector.url, scope: { kind: 'channel', id: '19:privacy-ch@thread.tacv2' }, locale: 'en-US' }));
      return JSON.stringify(cardsOf(reply.body));
    });
    expect(text).toContain('only in your personal chat');
    expect(text).not.toContain('/export/');
  });
});
