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
    // The chart's title is what a screen reader hears: the figures, in Dutch.
    expect(String(chart?.title)).toMatch(/: wk 6 \p{L}+ \d+ %/u);
  });

  it('when a person has no answers in the window, then no chart is drawn', () => {
    expect(chartsOf(renderCoachTrends(library, 'en', [{ name: 'Piet', sharedSince: '2025-06-01', trend: emptyTrend }], []))).toEqual([]);
    expect(JSON.stringify(renderCoachTrends(library, 'en', [{ name: 'Piet', sharedSince: '2025-06-01', trend: emptyTrend }], []))).toContain(coachStrings.en.noAnswers);
  });

  it.each([
    ['nl', 'Deelt sinds 3 maart 2026.', 'De eerste week sinds het delen (week 10) kan hier op zondag 15 maart verschijnen, als er dan minstens 3 antwoorden in staan.'],
    ['en', 'Sharing since 3 March 2026.', 'The first week since sharing began (week 10) can appear here on Sunday 15 March, if it then holds at least 3 answers.'],
  ] as const)('when a person has just started sharing, then the %s card says since when and when the first week can appear, instead of "no week"', (locale, since, first) => {
    const fresh = coachTrend([], consentScope(false), window, '2026-03-03T09:00:00Z');
    const text = JSON.stringify(renderCoachTrends(library, locale, [{ name: 'Sanne', sharedSince: '2026-03-03', trend: fresh }], []));
    expect(text).toContain(since);
    expect(text).toContain(first);
    expect(text).not.toContain(coachStrings[locale].noAnswers);
    expect(text).not.toContain(coachStrings[locale].tooFewToShow);
  });

  it('when a shown week holds "speelde vandaag niet", then it is counted apart from the roles', () => {
    const week = (localDate: string, position: number) => ({ localDate, roleId: roles[0] ?? '', paradoxId: paradox?.id ?? '', position });
    const mixed = coachTrend([week('2026-02-09', 2), week('2026-02-10', 0), week('2026-02-11', 0)], consentScope(false), window, LONG_AGO);
    expect(JSON.stringify(renderCoachTrends(library, 'nl', [{ name: 'Sanne', sharedSince: '2025-06-01', trend: mixed }], []))).toContain('"value":"3 antwoorden: te weinig antwoorden met een rol om rollen te tonen · 2 dagen speelde de vraag niet"');
  });

  it('when the consent screen is rendered, then it names what the coach sees and what never', () => {
    const text = JSON.stringify(renderCoachConsent('nl', 'Jan Jansen', 'K7M4QRT'));
    for (const part of ['Jan Jansen', 'rol', 'hoeveel vragen', 'nooit je notities', 'K7M4QRT', VERBS.coachConsent]) expect(text).toContain(part);
  });

  it('when the card verbs are listed, then each has a handler, and each coach command has one', () => {
    expect(coachingActions.map((a) => a.verb).sort()).toEqual([VERBS.coachCancel, VERBS.coachConsent, VERBS.coachStop, VERBS.coachStopAll].sort());
    expect(coachingCommands.map((c) => c.kind).sort()).toEqual(['coach', 'coachAccept', 'coachCode', 'coachStop', 'coachees']);
  });
});
