import { createHash } from 'node:crypto';
import { readPersonExport } from '../../src/cards/export-data';
import { EXPORT_HTML_CSP, escapeHtml, renderExportHtml } from '../../src/cards/export-html';
import { loadContent } from '../../src/content/load-content';
import { defaultSettings } from '../../src/domain/person-settings';

const library = loadContent();
const ME = 'tenant_me';
const COACH = 'tenant_coach';

/** The shape buildPersonExport returns (src/privacy/person-export.ts), with the kinds of rows it holds. */
function exportObject(locale: 'nl' | 'en', note = 'Eerst geluisterd & daarna <b>besloten</b>.'): Record<string, unknown> {
  return {
    format: 'positie-export/1',
    exportedAt: '2026-12-01T10:15:00.000Z',
    about: { nl: 'Alles …', en: 'Everything …' },
    profile: { key: ME, tenantId: 'tenant', aadObjectId: 'me', name: 'Sanne <de Vries>', active: true, createdAt: '2026-09-01T08:00:00.000Z', recentPrompts: [] },
    settings: { ...defaultSettings('Europe/Amsterdam', locale), pausedUntil: '2026-12-24' },
    conversationReference: null,
    answers: [
      { deliveryId: 'd1', promptId: 'p1', paradoxId: 'weten-besluiten', position: 5, lens: 'ideaaltypen', roleId: 'verbinder', tacticId: 'loslaten', note, answeredAt: '2026-11-24T15:00:00Z', localDate: '2026-11-24' },
      { deliveryId: 'd2', promptId: 'p2', paradoxId: 'kwaliteit-tempo', position: 2, lens: 'ideaaltypen', roleId: 'bureaucraat', answeredAt: '2026-12-01T15:00:00Z', localDate: '2026-12-01' },
    ],
    deliveries: [
      { personKey: ME, id: '2026-11-24_prompt', kind: 'prompt', localDate: '2026-11-24', state: 'sent', claimedAt: 'x', claimedBy: 'y', attempts: 1, snoozes: 0 },
      { personKey: ME, id: '2026-11-25_prompt', kind: 'prompt', localDate: '2026-11-25', state: 'sent', claimedAt: 'x', claimedBy: 'y', attempts: 1, snoozes: 0, skipped: true },
      { personKey: ME, id: '2026-11-27_summary', kind: 'summary', localDate: '2026-11-27', state: 'sent', claimedAt: 'x', claimedBy: 'y', attempts: 1, snoozes: 0 },
    ],
    pendingSends: [{ kind: 'prompt', dueAt: '2026-12-02T15:00:00.000Z' }],
    coaching: {
      consents: [{ side: 'coachee', coacheeKey: ME, coachKey: COACH, paradoxPositions: true, grantedAt: '2026-10-01T09:00:00.000Z' }],
      codes: [],
      views: [{ coacheeKey: ME, coachKey: COACH, viewedAt: '2026-11-30T08:30:00.000Z' }],
    },
    teamCheckins: { pseudonym: 'abc', responses: [{ checkinId: 'c1', choice: 'a', roleId: 'verbinder' }], started: [] },
  };
}

function render(locale: 'nl' | 'en', note?: string): string {
  const view = readPersonExport(exportObject(locale, note));
  if (!view) throw new Error('export not readable');
  return renderExportHtml(view, library, { [COACH]: 'Jan Jansen' });
}

describe('readable export', () => {
  it('when the Dutch page is rendered, then it shows answers by week, notes, settings, coaches and who looked, in Dutch', () => {
    const html = render('nl');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Week 49, 2026 (30 nov – 6 dec) · 1 antwoord');
    expect(html.indexOf('Week 49, 2026')).toBeLessThan(html.indexOf('Week 48, 2026'));
    expect(html).toContain('<td role="cell" data-label="Waar je stond">○○○○● helemaal knopen doorhakken</td><td role="cell" data-label="Rol">Verbinder</td><td role="cell" data-label="Aanpak">Loslaten</td>');
    expect(html).toContain('Eerst geluisterd &amp; daarna &lt;b&gt;besloten&lt;/b&gt;.');
    expect(html).toContain('<dt>Vragen op</dt><dd>maandag, dinsdag, woensdag, donderdag, vrijdag</dd>');
    expect(html).toContain('Gepauzeerd</dt><dd>donderdag 24 december 2026');
    expect(html).toContain('Je deelt je trends met Jan Jansen (rollen en deelname per week, en de gemiddelde positie per spanning), sinds 1 oktober 2026, 11:00.');
    expect(html).toContain('Jan Jansen keek op 30 november 2026, 09:30');
    expect(html).toContain('2 vragen verstuurd, waarvan 1 overgeslagen; 1 weekoverzicht.');
    expect(html).toContain('Sanne &lt;de Vries&gt;');
  });

  it('when the English page is rendered, then its texts are English', () => {
    const html = render('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your answers by week');
    expect(html).toContain('fully making the call');
    expect(html).toContain('<dt>Questions on</dt><dd>Monday, Tuesday, Wednesday, Thursday, Friday</dd>');
  });

  it('when a note or a name holds markup, then it is escaped: no tag, script or attribute of the person\'s text reaches the page', () => {
    const html = render('nl', '</div><script>alert(1)</script><img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });

  it('when the page is served, then its only style is allowed by hash in its CSP, and it loads nothing from elsewhere', () => {
    const html = render('nl');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(EXPORT_HTML_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(EXPORT_HTML_CSP).toMatch(/^default-src 'none';/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import|<script|<link/i);
    expect(html).toContain('@media print');
  });

  it('when the export lacks its core or has rows of an odd shape, then the page reads what it can or is refused', () => {
    expect(readPersonExport({ format: 'x' })).toBeUndefined();
    const odd = { ...exportObject('nl'), coaching: 'kapot', deliveries: [{ nonsense: true }] };
    const view = readPersonExport(odd);
    expect(view?.coaching).toEqual({ consents: [], views: [] });
    expect(view && renderExportHtml(view, library)).toContain('Je deelt met niemand');
  });
});

describe('readable export: speelde vandaag niet and the monthly craft reflection', () => {
  const withCraft = (locale: 'nl' | 'en'): string => {
    const data = exportObject(locale);
    const answers = data.answers as Record<string, unknown>[];
    const question = library.weeklyQuestions[10];
    const view = readPersonExport({
      ...data,
      answers: [...answers, { deliveryId: 'd3', promptId: 'p3', paradoxId: 'kwaliteit-tempo', position: 0, lens: 'ideaaltypen', roleId: 'bureaucraat', answeredAt: '2026-11-26T15:00:00Z', localDate: '2026-11-26' }],
      craftNotes: [{ month: '2026-11', questionId: question?.id ?? '', note: 'Volgehouden <ook> toen het taai was.', savedAt: '2026-12-04T15:30:00.000Z' }],
    });
    if (!view) throw new Error('export not readable');
    return renderExportHtml(view, library);
  };

  it('when an answer did not come up and a craft answer was kept, then the page says so in words and shows the month, question and answer', () => {
    const html = withCraft('nl');
    expect(html).toContain('data-label="Waar je stond">Speelde vandaag niet</td>');
    expect(html).toContain('Vakmanschap: je antwoorden op de vraag van de maand');
    expect(html).toContain('november 2026');
    expect(html).toContain(escapeHtml(library.weeklyQuestions[10]?.text.nl ?? 'no question'));
    expect(html).toContain('Volgehouden &lt;ook&gt; toen het taai was.');
    expect(withCraft('en')).toContain('Did not come up today');
  });

  it('when an export from before craft notes is read, then the section says there are none', () => {
    expect(render('nl')).toContain('Je hebt nog geen vraag van de maand beantwoord.');
  });
});
