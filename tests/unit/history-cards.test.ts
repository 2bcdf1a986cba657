import { renderHistory } from '../../src/cards/history-card';
import { VERBS } from '../../src/cards/verbs';
import { renderNotes } from '../../src/cards/notes-card';
import { loadContent } from '../../src/content/load-content';
import { LOCALES } from '../../src/content/types';
import type { Answer } from '../../src/domain/answer';
import { historyFigures } from '../../src/domain/history-figures';
import { addDays } from '../../src/domain/iso-week';
import { notesPage } from '../../src/domain/notes-page';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const NOW = new Date('2026-12-01T12:00:00Z');
const ZONE = 'Europe/Amsterdam';
const ROLES = ['bureaucraat', 'ondernemer', 'verbinder'];

function answer(localDate: string, roleId: string, paradoxId: string, position: Answer['position'], note?: string): Answer {
  return { deliveryId: `${localDate}_prompt`, promptId: 'p', paradoxId, position, lens: 'ideaaltypen', roleId, answeredAt: `${localDate}T15:00:00Z`, localDate, ...(note ? { note } : {}) };
}

/** Twelve weeks: three answers a week on weekdays, roles rotating, standing on weten-besluiten moving to the middle. */
function twelveWeeks(): Answer[] {
  const answers: Answer[] = [];
  for (let week = 0; week < 12; week += 1) {
    for (let day = 0; day < 3; day += 1) {
      const localDate = addDays('2026-09-14', week * 7 + day);
      const position = (day === 2 || week >= 4 ? 3 : 4) as Answer['position'];
      answers.push(answer(localDate, ROLES[(week + day) % 3] ?? 'verbinder', day === 2 ? 'kwaliteit-tempo' : 'weten-besluiten', position, day === 0 ? `Notitie van week ${week + 1}` : undefined));
    }
  }
  return answers;
}

function elements(node: unknown, test: (r: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, test));
  if (typeof node !== 'object' || node === null) return [];
  const r = node as Record<string, unknown>;
  return [...(test(r) ? [r] : []), ...Object.values(r).flatMap((v) => elements(v, test))];
}

const figures = (answers: Answer[]) => historyFigures({ answers, now: NOW, timeZone: ZONE, roleIds: ROLES, lensId: 'ideaaltypen' });

describe('history and notes cards', () => {
  it.each(LOCALES)('when twelve weeks and a page of notes are rendered in %s, then both cards are valid, and the chart keeps a fallback', (locale) => {
    const history = renderHistory(figures(twelveWeeks()), locale, library);
    expect(cardProblems(history)).toEqual([]);
    expect(cardProblems(renderHistory(figures([]), locale, library))).toEqual([]);
    expect(cardProblems(renderNotes(notesPage(twelveWeeks(), 2), locale, library))).toEqual([]);
    expect(cardProblems(renderNotes(notesPage([], 1), locale, library))).toEqual([]);
    const [chart] = elements(history, (r) => r.type === 'Chart.VerticalBar.Grouped');
    expect(String(chart?.title)).toMatch(/: \p{L}+ \d+ ?% · \d+×/u);
    expect(chart?.stacked).toBe(true);
    expect((chart?.data as unknown[]).length).toBe(3);
    expect(Buffer.byteLength(JSON.stringify(history))).toBeLessThan(20 * 1024);
  });

  it('when the history is rendered, then each week with answers opens its summary by the week verb with its Monday', () => {
    const card = renderHistory(figures(twelveWeeks()), 'nl', library);
    const opens = elements(card, (r) => r.type === 'Action.Execute' && r.verb === VERBS.historyWeek);
    expect(opens).toHaveLength(12);
    expect(opens[0]).toMatchObject({ data: { weekStart: '2026-11-30' } });
    // A row's name starts with what it shows (WCAG 2.5.3: the visible label is in the name), then says what a click does.
    const row = elements(card, (r) => r.type === 'ColumnSet' && (r.selectAction as { verb?: string } | undefined)?.verb === VERBS.historyWeek)[0];
    const shown = JSON.stringify(row?.columns).match(/"text":"([^"]+)"/g)?.map((t) => t.slice(8, -1)) ?? [];
    expect(shown.length).toBe(2);
    expect(opens[0]?.title).toBe(`${shown[0]}: ${shown[1]}. Weekoverzicht openen`);
    expect(elements(card, (r) => r.verb === VERBS.historyNotes)[0]).toMatchObject({ data: { page: 1 } });
  });

  it('when weeks are shown, then participation and the role figures per week are text, newest week first', () => {
    const text = JSON.stringify(renderHistory(figures(twelveWeeks()), 'nl', library));
    expect(text).toContain('"text":"wk 49"');
    expect(text).toMatch(/"text":"3 dagen · \w+ 34 % · \w+ 33 % · \w+ 33 %"/);
    expect(text.indexOf('"text":"wk 49"')).toBeLessThan(text.indexOf('"text":"wk 38"'));
    expect(text).toContain('36 antwoorden op 36 dagen');
  });

  it('when the standing on a paradox moved between the first and the last four weeks, then the card says from where to where', () => {
    const text = JSON.stringify(renderHistory(figures(twelveWeeks()), 'nl', library));
    expect(text).toContain('je schoof van ‘vooral knopen doorhakken’ naar ‘ergens in het midden’');
    expect(text).toContain('"title":"Grondigheid ↔ Snelheid","value":"je bleef ‘ergens in het midden’"');
  });

  it('when answers in either part lie on both sides, then the card says how often each place was chosen, never a middle', () => {
    const swing = [answer('2026-09-15', 'verbinder', 'weten-besluiten', 2), answer('2026-09-16', 'verbinder', 'weten-besluiten', 4), answer('2026-11-24', 'verbinder', 'weten-besluiten', 4), answer('2026-11-25', 'verbinder', 'weten-besluiten', 4)];
    expect(JSON.stringify(renderHistory(figures(swing), 'nl', library))).toContain('"value":"eerst 1× vooral twijfel openhouden, 1× vooral knopen doorhakken; later 2× vooral knopen doorhakken"');
    // A mean that leans one way while one answer lay on the other side: 1, 1 and 4.
    const oneAgainst = [answer('2026-09-15', 'verbinder', 'weten-besluiten', 1), answer('2026-09-16', 'verbinder', 'weten-besluiten', 1), answer('2026-09-17', 'verbinder', 'weten-besluiten', 4), answer('2026-11-24', 'verbinder', 'weten-besluiten', 1)];
    expect(JSON.stringify(renderHistory(figures(oneAgainst), 'nl', library))).toContain('"value":"eerst 2× helemaal twijfel openhouden, 1× vooral knopen doorhakken; later 1× helemaal twijfel openhouden"');
    // A mean in the middle that not every answer chose: 3, 3 and 2.
    const middleAndSide = [answer('2026-09-15', 'verbinder', 'weten-besluiten', 3), answer('2026-09-16', 'verbinder', 'weten-besluiten', 3), answer('2026-09-17', 'verbinder', 'weten-besluiten', 2), answer('2026-11-24', 'verbinder', 'weten-besluiten', 3)];
    expect(JSON.stringify(renderHistory(figures(middleAndSide), 'en', library))).toContain('"value":"first 1× mostly keeping doubt open, 2× somewhere in the middle; later 1× somewhere in the middle"');
  });

  it('when the second page of twelve notes is shown, then it holds notes 6 to 10 with date, paradox and role, and pages both ways', () => {
    const card = renderNotes(notesPage(twelveWeeks(), 2), 'nl', library);
    const text = JSON.stringify(card);
    expect(text).toContain('6–10 van 12, nieuwste eerst');
    expect(text).toContain('Notitie van week 7');
    expect(text).not.toContain('Notitie van week 12');
    expect(text).toMatch(/"text":"ma 26 oktober 2026 · Twijfel openhouden ↔ Knopen doorhakken · \w+"/);
    const paging = elements(card, (r) => r.type === 'Action.Execute' && r.verb === VERBS.historyNotes);
    expect(paging.map((a) => [a.title, (a.data as { page: unknown }).page])).toEqual([
      ['Nieuwere', 1],
      ['Oudere', 3],
    ]);
  });

  it('when the first or the last page is shown, then there is no button beyond it', () => {
    const titles = (page: number): unknown[] => elements(renderNotes(notesPage(twelveWeeks(), page), 'en', library), (r) => r.type === 'Action.Execute').map((a) => a.title);
    expect(titles(1)).toEqual(['Older', 'Back to your weeks']);
    expect(titles(3)).toEqual(['Newer', 'Back to your weeks']);
  });
});
