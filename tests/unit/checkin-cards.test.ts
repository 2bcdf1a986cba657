import { openCheckinCard, resultsCard } from '../../src/features/checkins/checkin-views';
import { renderCheckinStart } from '../../src/cards/checkin-start-card';
import { renderCheckinTrend } from '../../src/cards/checkin-trend-card';
import { loadConfig } from '../../src/config';
import { loadContent } from '../../src/content/load-content';
import type { Checkin } from '../../src/domain/checkin';
import { cardProblems } from '../support/card-validation';

const context = { content: loadContent(), config: loadConfig({}) };
const checkin: Checkin = {
  conversationKey: 'conv-x',
  id: '8200000000000-0123456789',
  topicKind: 'dilemma',
  topicId: 'rapport-in-de-la',
  lens: 'ideaaltypen',
  minimum: 5,
  notesAllowed: true,
  locale: 'nl',
  owner: 'p',
  tenantId: 't',
  createdAt: '2026-03-02T09:00:00.000Z',
  dueAt: '2026-03-04T09:00:00.000Z',
  expiresAt: '2026-09-04T09:00:00.000Z',
  status: 'open',
  reference: {},
};

describe('check-in cards', () => {
  it.each(['nl', 'en'] as const)('the shared and the personal check-in card are valid Teams cards (%s)', (locale) => {
    expect(cardProblems(openCheckinCard(context, checkin, locale, 3))).toEqual([]);
    const personal = openCheckinCard(context, checkin, locale, 3, { answer: { choice: 'gesprekken', roleId: 'verbinder', note: 'Zonder ${x} binding' }, notice: 'n' });
    expect(JSON.stringify(personal)).toContain('gesprekken');
    expect(cardProblems(personal).filter((p) => p !== 'unexpanded template binding')).toEqual([]);
  });

  it('a paradox check-in offers five positions named after the poles', () => {
    const card = JSON.stringify(openCheckinCard(context, { ...checkin, topicKind: 'paradox', topicId: 'vak-baas' }, 'nl', 0));
    for (const value of ['"1"', '"2"', '"3"', '"4"', '"5"']) expect(card).toContain(`"value":${value}`);
    expect(card).toContain('Precies ertussenin');
  });

  it('the results card below the minimum says too few and shows no distribution', () => {
    const card = resultsCard(context, { ...checkin, status: 'closed', closedBy: 'deadline' }, 'nl', { count: 2, tooFew: true });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('te weinig antwoorden');
    expect(text).not.toContain('Verdeling');
  });

  it('the results card at the minimum shows bars, role shares and notes', () => {
    const card = resultsCard(context, { ...checkin, status: 'closed', closedBy: 'starter' }, 'en', {
      count: 5,
      tooFew: false,
      distribution: [
        { id: 'accepteren', count: 1, percent: 20 },
        { id: 'gesprekken', count: 3, percent: 60 },
        { id: 'zelf-melden', count: 1, percent: 20 },
      ],
      roleShares: [
        { id: 'bureaucraat', count: 1, percent: 20 },
        { id: 'ondernemer', count: 1, percent: 20 },
        { id: 'verbinder', count: 3, percent: 60 },
      ],
      notes: ['Talk first'],
    });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('██████░░░░ 60% (3)');
    expect(text).toContain('Connector');
    expect(text).toContain('Talk first');
  });

  it('the start and trend cards are valid Teams cards', () => {
    const item = { title: 'a', value: 'a' };
    const start = renderCheckinStart({
      title: 't', setupNote: 's', topicLabel: 'l', topics: [item], topicValue: 'a', lensLabel: 'l', lenses: [item], lensValue: 'a',
      deadlineLabel: 'd', deadlines: [item], hoursValue: 'a', minimumLabel: 'm', minimums: [item], minimumValue: 'a', notesLabel: 'n',
      languageLabel: 'Taal van de check-in', languages: [{ title: 'Nederlands', value: 'nl' }, { title: 'English', value: 'en' }], languageValue: 'en',
      submitLabel: 's', required: 'r', token: '1.abc',
    });
    expect(cardProblems(start)).toEqual([]);
    // The check-in's language is offered, preset to the starter's.
    const language = (start.body as { id?: string; value?: string; choices?: unknown[] }[]).find((e) => e.id === 'language');
    expect(language).toMatchObject({ value: 'en', choices: [{ title: 'Nederlands', value: 'nl' }, { title: 'English', value: 'en' }] });
    const column = { date: 'd', topic: 't', count: '5', top: 'x', roles: [{ line: 'Verbinder 60%' }] };
    expect(cardProblems(renderCheckinTrend({ title: 't', intro: 'i', none: 'n', hasColumns: true, columns: [column, column] }))).toEqual([]);
    expect(cardProblems(renderCheckinTrend({ title: 't', intro: 'i', none: 'n', hasColumns: false, columns: [] }))).toEqual([]);
  });
});
