import { loadContent } from '../../src/content/load-content';
import type { Locale } from '../../src/content/types';
import { renderWeeklySummary } from '../../src/cards/weekly-summary-card';
import type { Answer } from '../../src/domain/answer';
import { addDays, addWeeks } from '../../src/domain/iso-week';
import { computeWeeklySummary, type WeeklySummary } from '../../src/domain/weekly-summary';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const WEEK = '2026-03-02';
const ROLES = ['verbinder', 'bureaucraat', 'ondernemer'];
const LONG_NOTE =
  'Vandaag samen met bewoners en twee ketenpartners in gesprek over de nieuwe regeling. Ik heb vooral geluisterd, ' +
  'de procedure even losgelaten en afgesproken dat we volgende week met een kleine pilot beginnen. Daarna het dossier bijgewerkt.';

/** A full week: seven answers, each with a long note, on every paradox, after eight weeks of history. */
function fullWeek(): WeeklySummary {
  const answers: Answer[] = [];
  for (let week = 0; week <= 8; week += 1) {
    for (let day = 0; day < 7; day += 1) {
      const localDate = addDays(addWeeks(WEEK, -week), day);
      const paradox = library.paradoxes[(day + week) % library.paradoxes.length];
      // This week: Verbinder four times, Bureaucraat three times; earlier weeks rotate all three roles.
      const roleId = week === 0 ? (day < 4 ? 'verbinder' : 'bureaucraat') : (ROLES[(day + week) % 3] ?? 'verbinder');
      answers.push({
        deliveryId: `${localDate}_prompt`,
        promptId: 'p',
        paradoxId: paradox?.id ?? 'x',
        position: ((day % 5) + 1) as Answer['position'],
        lens: 'ideaaltypen',
        roleId,
        answeredAt: `${localDate}T15:00:00Z`,
        localDate,
        ...(week === 0 ? { note: LONG_NOTE } : {}),
      });
    }
  }
  return computeWeeklySummary({ answers, promptDates: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'], weekStart: WEEK, lensId: 'ideaaltypen', library });
}

const emptyWeek = (): WeeklySummary =>
  computeWeeklySummary({ answers: [], promptDates: ['2026-03-02', '2026-03-03', '2026-03-04'], weekStart: WEEK, lensId: 'ideaaltypen', library });

function elementsOfType(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => elementsOfType(n, type));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  return [...(record.type === type ? [record] : []), ...Object.values(record).flatMap((v) => elementsOfType(v, type))];
}

describe('weekly summary card', () => {
  it.each(['nl', 'en'] as const)('when a full week is rendered in %s, then the card is valid, with a donut and stacked weekly bars that both fall back to text bars', (locale: Locale) => {
    const card = renderWeeklySummary(fullWeek(), locale, library);
    expect(cardProblems(card)).toEqual([]);
    const [donut] = elementsOfType(card, 'Chart.Donut');
    const [bars] = elementsOfType(card, 'Chart.VerticalBar.Grouped');
    expect(elementsOfType(card, 'Chart.Line')).toEqual([]);
    expect(JSON.stringify(donut?.fallback)).toMatch(/█+░*/);
    expect(JSON.stringify(bars?.fallback)).toMatch(/[▁▂▃▄▅▆▇█·]{8}/);
    expect(bars?.stacked).toBe(true);
    expect((bars?.data as unknown[]).length).toBe(3);
    // Each chart's title states its figures in the person's language: what a screen reader hears.
    expect(String(donut?.title)).toMatch(/: \p{L}+ \d+ ?% · \d+×/u);
    expect(String(bars?.title)).toMatch(/: wk \d+ \p{L}+ \d+ ?%/u);
  });

  it('when answers were Verbinder, Verbinder, Bureaucraat, then the figures stand beside the chart as text, largest first', () => {
    const answers: Answer[] = ['verbinder', 'verbinder', 'bureaucraat'].map((roleId, day) => {
      const localDate = addDays(WEEK, day);
      return { deliveryId: localDate, promptId: 'p', paradoxId: 'weten-besluiten', position: 1, lens: 'ideaaltypen', roleId, answeredAt: `${localDate}T15:00:00Z`, localDate };
    });
    const summary = computeWeeklySummary({ answers, promptDates: ['2026-03-02', '2026-03-03', '2026-03-04'], weekStart: WEEK, lensId: 'ideaaltypen', library });
    const facts = (card: object): unknown[] => elementsOfType(card, 'FactSet').flatMap((f) => f.facts as unknown[]);
    expect(facts(renderWeeklySummary(summary, 'nl', library))).toEqual(
      expect.arrayContaining([{ title: 'Verbinder', value: '67 % · 2×' }, { title: 'Bureaucraat', value: '33 % · 1×' }]),
    );
    expect(facts(renderWeeklySummary(summary, 'en', library))).toEqual(expect.arrayContaining([{ title: 'Connector', value: '67% · 2×' }]));
    const figures = facts(renderWeeklySummary(summary, 'nl', library)).filter((f) => String((f as { value: string }).value).endsWith('×'));
    expect(figures).toEqual([{ title: 'Verbinder', value: '67 % · 2×' }, { title: 'Bureaucraat', value: '33 % · 1×' }]);
    expect(JSON.stringify(renderWeeklySummary(summary, 'nl', library))).toContain('●○○○○ 3× helemaal twijfel openhouden');
  });

  it('when answers lie on one side, in the middle or on both sides, then the card says how often each place was chosen, never a false middle', () => {
    const position = (positions: Answer['position'][], locale: Locale = 'nl'): string => {
      const answers: Answer[] = positions.map((p, day) => {
        const localDate = addDays(WEEK, day);
        return { deliveryId: localDate, promptId: 'p', paradoxId: 'weten-besluiten', position: p, lens: 'ideaaltypen', roleId: 'verbinder', answeredAt: `${localDate}T15:00:00Z`, localDate };
      });
      const summary = computeWeeklySummary({ answers, promptDates: ['2026-03-02', '2026-03-03', '2026-03-04'], weekStart: WEEK, lensId: 'ideaaltypen', library });
      return JSON.stringify(renderWeeklySummary(summary, locale, library));
    };
    expect(position([4, 4])).toContain('"value":"○○○●○ 2× vooral knopen doorhakken"');
    expect(position([2, 4])).toContain('"value":"○●○●○ 1× vooral twijfel openhouden, 1× vooral knopen doorhakken"');
    expect(position([2, 4])).not.toContain('in het midden');
    expect(position([2, 2, 4])).toContain('"value":"○●○●○ 2× vooral twijfel openhouden, 1× vooral knopen doorhakken"');
    expect(position([3, 3])).toContain('"value":"○○●○○ 2× ergens in het midden"');
    expect(position([5, 3])).toContain('"value":"○○●○● 1× ergens in het midden, 1× helemaal knopen doorhakken"');
    expect(position([2, 4], 'en')).toContain('"value":"○●○●○ 1× mostly keeping doubt open, 1× mostly making the call"');
  });

  it('when notes do not all fit, then the card points to "mijn notities", and it offers the history by its verb', () => {
    const week = fullWeek();
    const many = { ...week, notes: Array.from({ length: 12 }, (_, i) => week.notes[i % week.notes.length]).filter((n) => n !== undefined) };
    const nl = JSON.stringify(renderWeeklySummary(many, 'nl', library));
    expect(nl).toContain('En nog 2 notities');
    expect(nl).toContain('typ **mijn notities** om ze allemaal te lezen');
    expect(nl).not.toContain('mijn gegevens');
    expect(nl).toContain('"type":"Action.Execute","title":"Geschiedenis","verb":"history.open"');
    const en = JSON.stringify(renderWeeklySummary(many, 'en', library));
    expect(en).toContain('type **my notes** to read them all');
    expect(en).toContain('"title":"History","verb":"history.open"');
  });

  it('when a full week is rendered, then the card stays under 12 KB', () => {
    for (const locale of ['nl', 'en'] as const) {
      const bytes = Buffer.byteLength(JSON.stringify(renderWeeklySummary(fullWeek(), locale, library)));
      console.log(`weekly summary card for a full week (${locale}): ${bytes} bytes`);
      expect(bytes).toBeLessThan(12 * 1024);
    }
  });

  it('when the week leaned on a role, then the leaning role and its share show in the text and the fallback bars, without the monthly mix sentence', () => {
    const summary = fullWeek();
    const card = JSON.stringify(renderWeeklySummary(summary, 'nl', library));
    expect(summary.leaning).toEqual({ kind: 'role', roleId: 'verbinder' });
    expect(card).toContain('"text":"Deze week koos je het vaakst de verbinder."');
    expect(card).not.toContain('Geen rol is de juiste');
    expect(card).toContain('"title":"Verbinder","value":"57 % · 4×"');
    expect(card).toContain(`"title":"Verbinder","value":"${'█'.repeat(6)}${'░'.repeat(4)}"`);
  });

  it.each([
    ['nl', 'Deze week koos je het vaakst de verbinder. Geen rol is de juiste: het gaat om een mix die past bij wat je werk vroeg.'],
    ['en', 'This week you chose the connector most often. No role is the right one: what counts is a mix that fits what your work asked for.'],
  ] as const)('when the week holds the first Sunday of a month, then the %s card says once that no role is the right one', (locale, text) => {
    const card = JSON.stringify(renderWeeklySummary({ ...fullWeek(), mixReminder: true }, locale, library));
    expect(card).toContain(`"text":"${text}"`);
  });

  it('when roles were chosen clearly more and less often than in the weeks before, then the card says so in words, never in percentage points', () => {
    const summary: WeeklySummary = { ...fullWeek(), roles: fullWeek().roles.map((r) => ({ ...r, ...(r.roleId === 'ondernemer' ? { shift: 'more' as const } : r.roleId === 'verbinder' ? { shift: 'less' as const } : {}) })) };
    const nl = JSON.stringify(renderWeeklySummary(summary, 'nl', library));
    expect(nl).toContain('Je koos vaker de ondernemer, minder vaak de verbinder dan in de weken daarvoor.');
    expect(nl).not.toMatch(/procentpunt|[+−]\d/);
    expect(JSON.stringify(renderWeeklySummary(summary, 'en', library))).toContain('You chose the entrepreneur more often, the connector less often than in the weeks before.');
    const none = JSON.stringify(renderWeeklySummary({ ...summary, roles: summary.roles.map(({ shift: _shift, ...r }) => r) }, 'nl', library));
    expect(none).not.toContain('dan in de weken daarvoor');
  });

  it('when a day did not bring the question, then the subtitle says so plainly', () => {
    const nl = JSON.stringify(renderWeeklySummary({ ...fullWeek(), notPlayed: 1 }, 'nl', library));
    expect(nl).toContain('2 maart – 8 maart · 7 antwoorden op 7 vragen · 1 dag speelde de vraag niet');
    expect(JSON.stringify(renderWeeklySummary({ ...fullWeek(), notPlayed: 2 }, 'en', library))).toContain('7 answers to 7 questions · on 2 days the question did not come up');
    expect(JSON.stringify(renderWeeklySummary(fullWeek(), 'nl', library))).not.toContain('speelde de vraag niet');
  });

  it('when the nudge is shown, then it asks about the role that did not come up, and its action asks for a prompt from it by the reflectAs verb', () => {
    const card = renderWeeklySummary(fullWeek(), 'en', library);
    expect(JSON.stringify(card)).toContain('"text":"The entrepreneur did not come up this week. Was there no call for it, or did you leave it aside?"');
    expect(JSON.stringify(renderWeeklySummary(fullWeek(), 'nl', library))).toContain('"text":"De ondernemer kwam deze week niet voor. Speelde dat niet, of liet je het liggen?"');
    const [action] = elementsOfType(card, 'Action.Execute');
    expect(action).toMatchObject({ verb: 'reflection.asRole', title: 'Reflect as the entrepreneur', data: { roleId: 'ondernemer' } });
    expect(elementsOfType(card, 'Action.Execute').map((a) => a.verb)).toContain('settings.open');
  });

  it.each(['nl', 'en'] as const)('when a week has no answers, then the %s card is short, friendly and without charts', (locale: Locale) => {
    const card = renderWeeklySummary(emptyWeek(), locale, library);
    expect(cardProblems(card)).toEqual([]);
    expect(elementsOfType(card, 'Chart.Donut')).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('0%');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(1024);
  });

  it('when any summary is rendered, then it describes and invites but never grades', () => {
    const texts = (['nl', 'en'] as const).flatMap((locale) => [renderWeeklySummary(fullWeek(), locale, library), renderWeeklySummary(emptyWeek(), locale, library)]);
    const withoutNotes = texts.map((card) => JSON.stringify(card).split(LONG_NOTE.slice(0, 40)).join(''));
    for (const text of withoutNotes) expect(text).not.toMatch(/\b(goed|goede|slecht|score|good|bad)\b/i);
  });

  it('when what the notes describe differs from the role chosen, then the card asks rather than tells', () => {
    const summary: WeeklySummary = { ...fullWeek(), language: { roleId: 'ondernemer', words: ['proef opgezet', 'uitgeprobeerd'], differsFromChoice: true } };
    const card = JSON.stringify(renderWeeklySummary(summary, 'nl', library));
    expect(card).toContain('Je koos vaker de verbinder, maar wat je in je notities beschrijft (proef opgezet, uitgeprobeerd) past bij de ondernemer. Herken je dat?');
  });
});
