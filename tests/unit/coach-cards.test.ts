import { coachingActions, coachingCommands } from '../../src/features/coaching';
import { renderCoachCode } from '../../src/cards/coach-code-card';
import { renderCoachConsent } from '../../src/cards/coach-consent-card';
import { renderCoachOverview } from '../../src/cards/coach-overview-card';
import { renderCoachStopAll } from '../../src/cards/coach-stop-all-card';
import { renderCoachTrends } from '../../src/cards/coach-trends-card';
import { VERBS } from '../../src/cards/verbs';
import { coachStrings } from '../../src/cards/strings/coach-strings';
import { loadContent } from '../../src/content/load-content';
import { LOCALES } from '../../src/content/types';
import { consentScope } from '../../src/domain/coach-scope';
import { coachTrend, coachWindow } from '../../src/domain/coach-trend';
import { cardProblems } from '../support/card-validation';

const library = loadContent(undefined);
const window = coachWindow(new Date('2026-03-04T12:00:00Z'));
const [lens] = library.lenses;
const [paradox] = library.paradoxes;
const roles = lens?.roles.map((r) => r.id) ?? [];
const facts = ['2026-02-02', '2026-02-03', '2026-02-04', '2026-02-09', '2026-02-10', '2026-02-11'].map((localDate, i) => ({ localDate, roleId: roles[i % roles.length] ?? '', paradoxId: paradox?.id ?? '', position: 2 }));
const LONG_AGO = '2025-06-01T10:00:00Z';
const trend = coachTrend(facts, consentScope(true), window, LONG_AGO);
const emptyTrend = coachTrend([], consentScope(false), window, LONG_AGO);

function chartsOf(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(chartsOf);
  if (typeof node !== 'object' || node === null) return [];
  const r = node as Record<string, unknown>;
  return [...(typeof r.type === 'string' && r.type.startsWith('Chart.') ? [r] : []), ...Object.values(r).flatMap(chartsOf)];
}

describe('coach cards', () => {
  it.each(LOCALES)('when rendered in %s, then every coach card is a valid Adaptive Card for Teams', (locale) => {
    const cards = [
      renderCoachCode(locale, 'K7M4QRT', '9 maart 2026, 10:00'),
      renderCoachConsent(locale, 'Jan Jansen', 'K7M4QRT'),
      renderCoachOverview(locale, [{ coachKey: 'tenant_coach', name: 'Jan', scope: consentScope(true), since: '2 maart 2026' }], [{ who: 'Jan', when: '3 maart 2026, 09:00' }]),
      renderCoachOverview(locale, [], []),
      renderCoachStopAll(locale, 2),
      renderCoachTrends(library, locale, [{ name: 'Sanne', sharedSince: '2025-06-01', trend }, { name: 'Piet', sharedSince: '2025-06-01', trend: emptyTrend }], ['Kees']),
      renderCoachTrends(library, locale, [], []),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it('when the coach view has weeks, then the role chart stacks a bar per role in its colour, with the figures as text and a plain-text fallback', () => {
    const card = renderCoachTrends(library, 'nl', [{ name: 'Sanne', sharedSince: '2025-06-01', trend }], []);
    const [chart] = chartsOf(card);
    expect(chart?.type).toBe('Chart.VerticalBar.Grouped');
    expect(chart?.stacked).toBe(true);
    expect(JSON.stringify(card)).toMatch(/"value":"3 antwoorden: \w+ 3\d % · \w+ 33 % · \w+ 33 %"/);
    expect(chart?.fallback).toMatchObject({ type: 'TextBlock' });
    const fallback = String((chart?.fallback as { text?: unknown }).text);
    expect(fallback).toContain('wk 6');
    expect(fallback).toContain('%');
    expect((chart?.data as unknown[]).length).toBeGreaterThan(0);
  });

  it('when a person has no answers in the window, then no chart is drawn', () => {
    expect(chartsOf(renderCoachTrends(library, 'en', [{ name: 'Piet', sharedSince: '2025-06-01', trend: emptyTrend }], []))).toEqual([]);
    expect(JSON.stringify(renderCoachTrends(library, 'en', [{ name: 'Piet', sharedSince: '2025-06-01', trend: emptyTrend }], []))).toContain(coachStrings.en.noAnswers);
  });

  it('when the consent screen is rendered, then it names what the coach sees and what never', () => {
    const text = JSON.stringify(renderCoachConsent('nl', 'Jan Jansen', 'K7M4QRT'));
    for (const part of ['Jan Jansen', 'rol', 'hoeveel vragen', 'nooit je notities', 'K7M4QRT', VERBS.coachConsent]) expect(text).toContain(part);
  });

  it('when the card verbs are listed, then each has a handler, and each coach command has one', () => {
    expect(coachingActions.map((a) => a.verb).sort()).toEqual([VERBS.coachCancel, VERBS.coachConsent, VERBS.coachStop, VERBS.coachStopAll].sort());
    expect(coachingCommands.flatMap((c) => c.kinds).sort()).toEqual(['coach', 'coachAccept', 'coachCode', 'coachStop', 'coachees']);
  });
});
