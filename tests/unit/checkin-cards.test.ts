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

  it('when a member sees the card, then the note and how it stays anonymous are folded; their own note opens it', () => {
    const fold = (card: Record<string, unknown>, id: string): unknown => (card.body as { id?: string; isVisible?: unknown }[]).find((e) => e.id === id)?.isVisible;
    const shared = openCheckinCard(context, checkin, 'nl', 0);
    expect([fold(shared, 'noteFold'), fold(shared, 'about')]).toEqual([false, false]);
    expect(JSON.stringify(shared)).toContain('Anoniem: zo werkt het');
    expect(JSON.stringify(shared)).toContain('hooguit 280 tekens');
    const own = openCheckinCard(context, checkin, 'nl', 1, { answer: { choice: '1', roleId: 'verbinder', note: 'Eerst praten' } });
    expect(fold(own, 'noteFold')).toBe(true);
    expect(cardProblems(own)).toEqual([]);
  });

  it('a paradox check-in offers five positions named after the poles', () => {
    const card = JSON.stringify(openCheckinCard(context, { ...checkin, topicKind: 'paradox', topicId: 'vak-baas' }, 'nl', 0));
    for (const value of ['"1"', '"2"', '"3"', '"4"', '"5"']) expect(card).toContain(`"value":${value}`);
    expect(card).toContain('Ergens in het midden');
    expect(card).toContain('"title":"Helemaal loyaal aan je vak"');
  });

  it('the results card below the minimum says too few and shows no distribution', () => {
    const card = resultsCard(context, { ...checkin, status: 'closed', closedBy: 'deadline' }, 'nl', { count: 2, tooFew: true });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('te weinig antwoorden');
    expect(text).not.toContain('Verdeling');
  });

  it('the results card shows each share as text a screen reader reads as a figure, never drawn with characters', () => {
    const card = resultsCard(context, { ...checkin, status: 'closed', closedBy: 'starter' }, 'en', {
      count: 12,
      tooFew: false,
      distribution: [
        { id: 'accepteren', few: true },
        { id: 'gesprekken', few: false, percent: 75, count: 9 },
        { id: 'zelf-melden', few: false, percent: 25, count: 3 },
      ],
      roleShares: [
        { id: 'bureaucraat', few: false, percent: 25, count: 3 },
        { id: 'ondernemer', few: false, percent: 25, count: 3 },
        { id: 'verbinder', few: false, percent: 50, count: 6 },
      ],
      notes: ['Talk first'],
    });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('{"title":"I talk with several people involved to look for an opening","value":"75% (9)"}');
    expect(text).toContain('"value":"fewer than 3"');
    // The role donut's title states the shares, so a screen reader hears them in the card's language.
    expect(text).toMatch(/"title":"[^"]+: Bureaucrat 25 ?%[^"]*Connector 50 ?%[^"]*"/);
    expect(text).toContain('{"title":"Connector","value":"50% (6)"}');
    expect(text).toContain('Talk first');
    expect(text).not.toMatch(/[█░▇▆▅▄▃▂▁]/);
  });

  it('the results card below 10 answers shows percentages without counts, says why, and says when notes were held back', () => {
    const card = resultsCard(context, { ...checkin, status: 'closed', closedBy: 'starter' }, 'nl', {
      count: 6,
      tooFew: false,
      distribution: [{ id: 'gesprekken', few: false, percent: 100 }],
      roleShares: [{ id: 'verbinder', few: false, percent: 67 }, { id: 'bureaucraat', few: true }],
      notes: [],
      notesFrom: 10,
    });
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('"value":"100 %"');
    expect(text).toContain('"value":"minder dan 3"');
    expect(text).toContain('alleen percentages, zonder aantallen');
    expect(text).toContain('Notities verschijnen pas vanaf 10 antwoorden');
    // A donut without the "fewer than 3" role would stretch the others to a whole circle.
    expect(text).not.toContain('Chart.Donut');
  });

  it('the starter\'s own view has no inputs and the close button; the shared card has no close button', () => {
    const shared = JSON.stringify(openCheckinCard(context, checkin, 'nl', 3));
    expect(shared).toContain('"id":"choice"');
    expect(shared).not.toContain('checkin.close');
    const starter = openCheckinCard(context, checkin, 'nl', 3, { starter: true });
    expect(cardProblems(starter)).toEqual([]);
    const text = JSON.stringify(starter);
    expect(text).not.toContain('"id":"choice"');
    expect(text).toContain('"title":"Check-in sluiten"');
    expect(text).toContain('Je beantwoordt hem niet zelf');
    const confirm = JSON.stringify(openCheckinCard(context, checkin, 'nl', 4, { starter: true, confirmNeed: 1 }));
    expect(confirm).toContain('Nog 1 antwoord nodig voor een uitkomst. Toch sluiten?');
    expect(confirm).toContain('"confirm":"true"');
    expect(confirm).toContain('checkin.extend');
  });

  it('the start and trend cards are valid Teams cards', () => {
    const item = { title: 'a', value: 'a' };
    const start = renderCheckinStart({
      title: 't', setupNote: 's', topicLabel: 'l', topics: [item], topicValue: 'a', lensLabel: 'l', lenses: [item], lensValue: 'a',
      deadlineLabel: 'd', deadlines: [item], hoursValue: 'a', minimumLabel: 'm', minimums: [item], minimumValue: 'a', notesLabel: 'n',
      languageLabel: 'Taal van de check-in', languages: [{ title: 'Nederlands', value: 'nl' }, { title: 'English', value: 'en' }], languageValue: 'en',
      limits: 'l', residualRisk: 'r', repeatToggleLabel: 'h', repeatLabel: 'h', repeats: [item], weekdayLabel: 'w', weekdays: [item], weekdayValue: 'a', timeLabel: 't', timeValue: '09:00', rotateLabel: 'r',
      seriesTitle: 's', series: [{ line: 'Elke maandag', topic: 't', seriesId: '0123456789abcdef0123', stopLabel: 'Reeks stoppen', canStop: true }],
      submitLabel: 's', required: 'r', token: '1.abc',
    });
    expect(cardProblems(start)).toEqual([]);
    // The check-in's language is offered, preset to the starter's.
    const language = (start.body as { id?: string; value?: string; choices?: unknown[] }[]).find((e) => e.id === 'language');
    expect(JSON.stringify(start)).toContain('checkin.stopSeries');
    expect(language).toMatchObject({ value: 'en', choices: [{ title: 'Nederlands', value: 'nl' }, { title: 'English', value: 'en' }] });
    const column = { date: 'd', topic: 't', count: '5', top: 'x', roles: [{ line: 'Verbinder 60%' }] };
    expect(cardProblems(renderCheckinTrend({ title: 't', intro: 'i', none: 'n', hasColumns: true, columns: [column, column] }))).toEqual([]);
    expect(cardProblems(renderCheckinTrend({ title: 't', intro: 'i', none: 'n', hasColumns: false, columns: [] }))).toEqual([]);
  });
});
