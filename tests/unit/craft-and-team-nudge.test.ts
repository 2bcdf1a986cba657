import { isOfferedMonth } from '../../src/features/craft/offered-months';
import { shownShares } from '../../src/domain/checkin-aggregation';
import { monthName, renderCraftReflection } from '../../src/cards/craft-reflection-card';
import { renderWeeklySummary } from '../../src/cards/weekly-summary-card';
import { loadConfig } from '../../src/config';
import { loadContent } from '../../src/content/load-content';
import type { Answer } from '../../src/domain/answer';
import { competenciesTouched, craftMonthOffered, craftQuestionFor, isReflectableMonth, previousMonth } from '../../src/domain/craft-reflection';
import { teamNudge } from '../../src/domain/team-nudge';
import { computeWeeklySummary } from '../../src/domain/weekly-summary';
import { resultsCard } from '../../src/features/checkins/checkin-views';
import type { Checkin } from '../../src/domain/checkin';
import { cardProblems } from '../support/card-validation';

const library = loadContent();

describe('the monthly craft reflection', () => {
  it('when a month comes round, then each of the twelve craft questions is asked once a year', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
    const ids = months.map((m) => craftQuestionFor(library, m)?.id);
    expect(new Set(ids).size).toBe(12);
    expect(library.weeklyQuestions.every((q) => !/deze week|this week/i.test(`${q.text.nl} ${q.text.en}`))).toBe(true);
  });

  it('when a summary falls in the first seven days of a month, then it offers the month before; later, nothing', () => {
    expect(craftMonthOffered('2026-12-04')).toBe('2026-11');
    expect(craftMonthOffered('2027-01-07')).toBe('2026-12');
    expect(craftMonthOffered('2026-12-08')).toBeUndefined();
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(isReflectableMonth('2026-11', '2026-12-04')).toBe(true);
    expect(isReflectableMonth('2026-12', '2026-12-04')).toBe(false);
    expect(isReflectableMonth('2026-13', '2027-02-01')).toBe(false);
  });

  it('when prompts were answered, then the competencies they were tagged with come first by how often', () => {
    const [a, b] = library.prompts;
    if (!a || !b) throw new Error('empty library');
    const answers: Pick<Answer, 'promptId'>[] = [{ promptId: a.id }, { promptId: a.id }, { promptId: b.id }];
    const touched = competenciesTouched(library, answers).map((c) => c.id);
    expect(touched[0]).toBe(a.competencyIds[0]);
    expect(touched.length).toBeLessThanOrEqual(3);
    expect(competenciesTouched(library, [])).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('when the craft card is rendered in %s, then it is a valid 1.5 card that says it is private and no appraisal input', (locale) => {
    const question = craftQuestionFor(library, '2026-11');
    if (!question) throw new Error('no question');
    const card = renderCraftReflection({ locale, month: '2026-11', question, competencies: library.competencies.slice(0, 2), note: 'eerder' });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain(monthName('2026-11', locale));
    expect(text).toContain(locale === 'nl' ? 'geen input voor een beoordeling' : 'never input for an appraisal');
    expect(text).toContain('"verb":"craft.save","style":"positive","data":{"month":"2026-11"}');
  });

  it('when the weekly summary offers the reflection, then the card stays valid and carries the month', () => {
    const summary = computeWeeklySummary({ answers: [], promptDates: [], weekStart: '2026-11-30', lensId: 'ideaaltypen', library });
    const offered = renderWeeklySummary(summary, 'nl', library, '2026-11');
    expect(cardProblems(offered)).toEqual([]);
    expect(JSON.stringify(offered)).toContain('"data":{"month":"2026-11"}');
    expect(JSON.stringify(renderWeeklySummary(summary, 'nl', library))).not.toContain('craft.open');
  });
});

describe('the leadership roles under a check-in result', () => {
  const context = { content: library, config: loadConfig({}) };
  const checkin: Checkin = {
    conversationKey: 'conv-x', id: '8200000000000-0123456789', topicKind: 'dilemma', topicId: 'rapport-in-de-la', lens: 'leiderschap', minimum: 5, notesAllowed: true, locale: 'nl',
    owner: 'p', tenantId: 't', createdAt: '2026-03-02T09:00:00.000Z', dueAt: '2026-03-04T09:00:00.000Z', expiresAt: '2026-09-04T09:00:00.000Z', status: 'closed', reference: {},
  };
  const shares = [
    { id: 'catalysator', count: 4, percent: 40 },
    { id: 'netwerkarchitect', count: 4, percent: 40 },
    { id: 'bemiddelaar', count: 0, percent: 0 },
    { id: 'bestendiger', count: 2, percent: 20 },
  ];
  const aggregate = { count: 10, tooFew: false as const, distribution: [], roleShares: shownShares(shares, 10), notes: [] };

  it('when the leadership lens was used, then the least chosen role comes with one of its ideas, as an invitation', () => {
    const nudge = teamNudge(library, 'leiderschap', shares, checkin.id);
    expect(nudge?.roleId).toBe('bemiddelaar');
    const card = resultsCard(context, checkin, 'nl', aggregate);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Minder gekozen: de bemiddelaar. Paste dat bij dit moment?');
    expect(JSON.stringify(card)).toContain(`Paste dat bij dit moment? ${JSON.stringify(nudge?.suggestion.nl).slice(1, -1)}`);
  });

  it('when a personal lens was used, or every role was chosen equally, then there is no such line', () => {
    expect(teamNudge(library, 'ideaaltypen', shares, checkin.id)).toBeUndefined();
    expect(teamNudge(library, 'leiderschap', shares.map((s) => ({ ...s, count: 1 })), checkin.id)).toBeUndefined();
    expect(JSON.stringify(resultsCard(context, { ...checkin, lens: 'ideaaltypen' }, 'nl', { ...aggregate, roleShares: [] }))).not.toContain('Minder gekozen');
  });

  it('when the weekly summary is read through the leadership lens, then the language signal is silent', () => {
    const notes = ['We hebben het netwerk verbonden en partijen bij elkaar gebracht.', 'Ik bemiddelde tussen twee afdelingen.', 'Weer een nieuwe verbinding in het netwerk gelegd.'];
    const answers: Answer[] = notes.map((note, i) => ({ deliveryId: `d${i}`, promptId: 'x', paradoxId: 'y', position: 3, lens: 'leiderschap', roleId: 'netwerkarchitect', note, answeredAt: `2026-03-0${i + 2}T15:00:00Z`, localDate: `2026-03-0${i + 2}` }));
    const summary = computeWeeklySummary({ answers, promptDates: ['2026-03-02', '2026-03-03', '2026-03-04'], weekStart: '2026-03-02', lensId: 'leiderschap', library });
    expect(summary.answers).toBe(3);
    expect(summary.language).toBeUndefined();
  });
});

describe('which months a craft reflection may be written for', () => {
  const context = { today: '2026-12-04', joinedOn: '2026-03-10', retentionDays: 365 };
  it('the months whose offer came while the person was there, up to last month, within retention', () => {
    expect(isOfferedMonth('2026-11', context)).toBe(true);
    expect(isOfferedMonth('2026-03', context)).toBe(true);
    // February was offered on 1–7 March, before they joined on the 10th.
    expect(isOfferedMonth('2026-02', context)).toBe(false);
    expect(isOfferedMonth('2026-12', context)).toBe(false);
    expect(isOfferedMonth('1999-01', context)).toBe(false);
    expect(isOfferedMonth('2026-13', context)).toBe(false);
    expect(isOfferedMonth('2026-03', { ...context, retentionDays: 30 })).toBe(false);
    expect(isOfferedMonth('2026-02', { ...context, joinedOn: '2026-03-07' })).toBe(true);
  });
});
