import { checkinRoleChart, renderCheckinResults } from '../../src/cards/checkin-results-card';
import { renderCoachTrends } from '../../src/cards/coach-trends-card';
import { renderHistory } from '../../src/cards/history-card';
import { renderQuarterMirror } from '../../src/cards/quarter-card';
import { roleColourIn } from '../../src/cards/role-palette';
import { renderWeeklySummary } from '../../src/cards/weekly-summary-card';
import { loadContent } from '../../src/content/load-content';
import { LOCALES, type Locale } from '../../src/content/types';
import type { Answer } from '../../src/domain/answer';
import { consentScope } from '../../src/domain/coach-scope';
import { coachTrend, coachWindow } from '../../src/domain/coach-trend';
import { historyFigures } from '../../src/domain/history-figures';
import { addDays } from '../../src/domain/iso-week';
import { quarterFigures } from '../../src/domain/quarter-figures';
import { computeWeeklySummary } from '../../src/domain/weekly-summary';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const ZONE = 'Europe/Amsterdam';
const NOW = new Date('2026-12-01T12:00:00Z');

/** Thirteen weeks of answers in both personal lenses (the person changed lens halfway), every role used. */
function answers(): Answer[] {
  const list: Answer[] = [];
  for (let day = 0; day < 13 * 7; day += 2) {
    const localDate = addDays('2026-09-07', day);
    const lens = day < 45 ? 'rollen' : 'ideaaltypen';
    const roles = library.lenses.find((l) => l.id === lens)?.roles ?? [];
    const roleId = roles[(day / 2) % roles.length]?.id ?? '';
    list.push({ deliveryId: localDate, promptId: 'p', paradoxId: 'weten-besluiten', position: 2, lens, roleId, answeredAt: `${localDate}T15:00:00Z`, localDate });
  }
  return list;
}

function charts(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(charts);
  if (typeof node !== 'object' || node === null) return [];
  const r = node as Record<string, unknown>;
  return [...(typeof r.type === 'string' && r.type.startsWith('Chart.') ? [r] : []), ...Object.values(r).flatMap(charts)];
}

/** Every coloured part of a chart: a donut slice or a bar series, by its legend. */
function colouredParts(chart: Record<string, unknown>): { legend: string; color: unknown }[] {
  return (chart.data as { legend: string; color?: unknown }[]).map((d) => ({ legend: d.legend, color: d.color }));
}

function cardsWithRoleCharts(locale: Locale): Record<string, unknown>[] {
  const all = answers();
  const summary = (lensId: string) => computeWeeklySummary({ answers: all, promptDates: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'], weekStart: '2026-11-30', lensId, library });
  const roleIds = (lensId: string) => library.lenses.find((l) => l.id === lensId)?.roles.map((r) => r.id) ?? [];
  const quarter = quarterFigures({ answers: all, firstUseDate: '2026-09-07', weekStart: '2026-11-30', roleIds: roleIds('ideaaltypen'), lensId: 'ideaaltypen' });
  if (!quarter) throw new Error('no quarter');
  const window = coachWindow(NOW, 12);
  const trend = coachTrend(all.map((a) => ({ localDate: a.localDate, roleId: a.roleId, paradoxId: a.paradoxId, position: a.position })), consentScope(false), window, '2025-06-01T10:00:00Z');
  const leadership = library.lenses.find((l) => l.id === 'leiderschap')?.roles ?? [];
  return [
    renderWeeklySummary(summary('ideaaltypen'), locale, library),
    renderWeeklySummary(summary('rollen'), locale, library),
    renderHistory(historyFigures({ answers: all, now: NOW, timeZone: ZONE, roleIds: roleIds('ideaaltypen'), lensId: 'ideaaltypen' }), locale, library),
    renderQuarterMirror(quarter, locale, library),
    renderCoachTrends(library, locale, [{ name: 'Sanne', sharedSince: '2025-06-01', trend }], []),
    renderCheckinResults({
      heading: 'h', title: 't', topic: 'x', closed: 'c', count: '6', tooFew: false, tooFewText: '', distributionTitle: 'd', distribution: [],
      rolesTitle: 'r', roleShares: [], notesTitle: 'n', hasNotes: false, notes: [], reflection: 'r',
      roleChart: checkinRoleChart(library, locale, leadership.map((r, i) => ({ id: r.id, few: false as const, percent: [10, 20, 30, 40][i] ?? 0 }))),
    }),
  ];
}

describe('role colours', () => {
  it.each(LOCALES)('when any card draws roles (%s), then every slice and bar of a role has that role\'s palette colour', (locale) => {
    const roleByName = new Map(library.lenses.flatMap((l) => l.roles.map((r) => [r.name[locale], r.id] as const)));
    const cards = cardsWithRoleCharts(locale);
    const parts = cards.flatMap(charts).flatMap(colouredParts);
    const seen = new Set<string>();
    for (const part of parts) {
      const roleId = roleByName.get(part.legend);
      expect(roleId).toBeDefined();
      expect({ legend: part.legend, color: part.color }).toEqual({ legend: part.legend, color: roleColourIn(library, roleId ?? '').token });
      seen.add(roleId ?? '');
    }
    // Every role of every lens was drawn somewhere: the check covered all ten.
    expect(seen.size).toBe(library.lenses.flatMap((l) => l.roles).length);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it('when a person changed lens within the coach window, then each lens gets its own chart, never two roles of one colour in one chart', () => {
    const card = cardsWithRoleCharts('nl')[4];
    const coachCharts = charts(card);
    expect(coachCharts).toHaveLength(2);
    for (const chart of coachCharts) {
      const colours = colouredParts(chart).map((p) => p.color);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });
});
