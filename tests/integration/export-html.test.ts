import { EXPORT_HTML_CSP } from '../../src/cards/export-style';
import { messageActivity, testUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { startTestApp, withTestApp, type TestApp } from '../support/test-app';
import { personWithEverything } from './privacy-fixture';

jest.setTimeout(120_000);

/** A link of the card on this test app's port, with its query. */
function onServer(t: TestApp, url: string): string {
  const parsed = new URL(url);
  return `${t.baseUrl}${parsed.pathname}${parsed.search}`;
}

/** The two download links of the export card: the JSON file first, then the readable page. */
function linksOf(body: unknown): string[] {
  return [...JSON.stringify(cardsOf(body)).matchAll(/"url":"([^"]+\/export\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('the readable export beside the JSON', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: 'https://positie.example.nl' });
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  it('when a person opens both links, then the JSON downloads and the printable page in Dutch comes with no-store and its own CSP, each once', async () => {
    const p = await personWithEverything(t, 431);
    const reply = await t.post(messageActivity(p.user, 'mijn gegevens', { serviceUrl: t.connector.url }));
    expect(cardProblems(cardsOf(reply.body)[0])).toEqual([]);
    const [json, html] = linksOf(reply.body).map((url) => onServer(t, url));
    if (!json || !html) throw new Error('the card should carry two links');
    expect(html).toContain('?format=html');
    expect(json).not.toContain('format=');

    const page = await fetch(html);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toBe(EXPORT_HTML_CSP);
    const text = await page.text();
    expect(text).toContain('lang="nl"');
    expect(text).toContain(p.note);
    // The coach the person invited appears by name; the page runs no script.
    expect(text).toContain(p.coach.name);
    expect(text).not.toMatch(/<script/i);

    // The readable page used its own link: the JSON link still works, once.
    const file = await fetch(json);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="positie-export.json"');
    const data = (await file.json()) as { format: string; answers: { note?: string }[] };
    expect(data.format).toBe('positie-export/1');
    expect(data.answers.map((a) => a.note)).toContain(p.note);

    expect((await fetch(html)).status).toBe(410);
    expect((await fetch(json)).status).toBe(410);
  });

  it('when the format is unknown, then the answer is 400 and the link stays usable', async () => {
    // An English speaker: in local mode the language is DEFAULT_LANGUAGE until the person picks one.
    await withTestApp({ PUBLIC_BASE_URL: 'https://positie.example.nl', DEFAULT_LANGUAGE: 'en' }, async (en) => {
      const user = testUser(435);
      const reply = await en.post(messageActivity(user, 'export', { serviceUrl: en.connector.url, locale: 'en-US' }));
      const [, html] = linksOf(reply.body).map((url) => onServer(en, url));
      if (!html) throw new Error('no readable link');
      expect((await fetch(html.replace('format=html', 'format=pdf'))).status).toBe(400);
      const page = await fetch(html);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('lang="en"');
    });
  });
});
