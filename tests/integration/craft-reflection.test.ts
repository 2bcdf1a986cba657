import { deletePerson } from '../../src/features/privacy/delete-person';
import { buildPersonExport } from '../../src/features/privacy/person-export';
import { personKeyOf, testUser } from '../support/activities';
import { cardsOf, choicesOf, findData, invokeCard, openedCard } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

const DAY_MS = 24 * 3600_000;

describe('the monthly vakmanschap reflection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const craftRows = async (aadObjectId: string) => (await allRows(t.tables)).filter((r) => r.table === 'craftNotes' && String(r.partitionKey).includes(aadObjectId));

  it('when the first summary of a month comes, then it offers the reflection on the month before, which is stored privately, exported and deleted', async () => {
    const user = testUser(2301);
    // Three answers in November.
    for (let day = 0; day < 3; day += 1) {
      t.clock.now = new Date(Date.parse('2026-11-10T15:00:00Z') + day * DAY_MS);
      const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
      const [role] = choicesOf(card, 'role');
      await t.act(user, 'reflection.answer', { deliveryId: findData(card, 'deliveryId'), position: '3', role });
    }
    // Friday 4 December: the first summary of December.
    t.clock.now = new Date('2026-12-04T15:30:00Z');
    const summary = cardsOf((await t.say(user, 'samenvatting')).body)[0];
    expect(cardProblems(summary)).toEqual([]);
    expect(JSON.stringify(summary)).toContain('"verb":"craft.open","data":{"month":"2026-11"}');

    const open = openedCard(await t.act(user, 'craft.open', { month: '2026-11' }));
    expect(cardProblems(open)).toEqual([]);
    const shown = JSON.stringify(open);
    expect(shown).toContain('terugkijken op november 2026');
    expect(shown).toContain(t.app.services.content.weeklyQuestions[10]?.text.nl ?? 'no question');
    expect(shown).toContain('raakten vooral aan');
    expect(shown).toContain('geen input voor een beoordeling');

    const saved = JSON.stringify(invokeCard((await t.act(user, 'craft.save', { month: '2026-11', note: 'Ik hield het dossier vast, ook toen het stil werd.' })).body));
    expect(saved).toContain('Opgeslagen.');
    expect(saved).toContain('Ik hield het dossier vast');
    expect(await craftRows(user.aadObjectId)).toHaveLength(1);
    // Open again: what they wrote is there.
    expect(JSON.stringify(openedCard(await t.act(user, 'craft.open', { month: '2026-11' })))).toContain('Ik hield het dossier vast');

    const person = await t.app.services.people.get(personKeyOf(user));
    if (!person) throw new Error('no person');
    const exported = await buildPersonExport(t.app.services, person);
    expect(exported.craftNotes).toEqual([{ month: '2026-11', questionId: t.app.services.content.weeklyQuestions[10]?.id, note: 'Ik hield het dossier vast, ook toen het stil werd.', savedAt: '2026-12-04T15:30:00.000Z' }]);
    const report = await deletePerson(t.app.services, person);
    expect(report.craftNotes).toBe(1);
    expect(await craftRows(user.aadObjectId)).toEqual([]);
  });

  it('when a later summary of the month comes, then it offers nothing', async () => {
    const user = testUser(2302);
    t.clock.now = new Date('2026-12-11T15:30:00Z');
    expect(JSON.stringify(cardsOf((await t.say(user, 'samenvatting')).body))).not.toContain('craft.open');
  });

  it.each([
    ['the current month', { month: '2026-12', note: 'te vroeg' }, 'kun je (nog) niet terugkijken'],
    ['a month that does not exist', { month: '2026-13', note: 'nergens' }, 'kun je (nog) niet terugkijken'],
    ['a month long past (1999)', { month: '1999-01', note: 'toen' }, 'kun je (nog) niet terugkijken'],
    ['a month offered before the person joined', { month: '2026-10', note: 'nog niet hier' }, 'kun je (nog) niet terugkijken'],
    ['a note over 1000 characters', { month: '2026-11', note: 'x'.repeat(1001) }, 'langer dan 1000 tekens'],
  ])('when the card sends %s, then it says why and nothing is stored', async (_name, data, message) => {
    const user = testUser(2303);
    t.clock.now = new Date('2026-12-04T15:30:00Z');
    await t.say(user, 'hulp');
    expect(JSON.stringify(invokeCard((await t.act(user, 'craft.save', data)).body))).toContain(message);
    expect(await craftRows(user.aadObjectId)).toEqual([]);
  });

  it('when the person empties their answer, then it is removed', async () => {
    const user = testUser(2304);
    t.clock.now = new Date('2026-12-04T15:30:00Z');
    await t.say(user, 'hulp');
    await t.act(user, 'craft.save', { month: '2026-11', note: 'eerst iets' });
    expect(await craftRows(user.aadObjectId)).toHaveLength(1);
    expect(JSON.stringify(invokeCard((await t.act(user, 'craft.save', { month: '2026-11', note: '  ' })).body))).toContain('weggehaald');
    expect(await craftRows(user.aadObjectId)).toEqual([]);
  });
});
