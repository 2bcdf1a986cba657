import { VERBS } from '../../src/cards/verbs';
import { testUser } from '../support/activities';
import { cardsOf, invokeCard, invokeNote, openedCard } from '../support/card-reading';
import { promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';

const user = testUser(301);
const stranger = testUser(302);

describe('history and notes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  async function answerOn(at: string, note: string, pick: 'role' | 'otherRole'): Promise<void> {
    t.clock.now = new Date(at);
    const prompt = await promptFor(t, user);
    const response = await t.act(user, 'reflection.answer', { deliveryId: prompt.deliveryId, ticket: prompt.ticket, position: '1', role: prompt[pick], note });
    expect(JSON.stringify(invokeCard(response.body))).toContain(note);
  }

  it('when a person answered in two weeks, then "geschiedenis" shows both weeks, pages through notes and opens a past week', async () => {
    await answerOn('2026-11-17T09:00:00Z', 'eerste week, eerste notitie', 'role');
    await answerOn('2026-11-18T09:00:00Z', 'eerste week, tweede notitie', 'otherRole');
    for (let day = 0; day < 5; day += 1) await answerOn(`2026-11-2${4 + day}T09:00:00Z`, `tweede week, notitie ${day + 1}`, 'role');
    t.clock.now = new Date('2026-11-30T10:00:00Z');

    const history = JSON.stringify(cardsOf((await t.say(user, 'geschiedenis')).body)[0]);
    expect(history).toContain('Je laatste 12 weken');
    expect(history).toMatch(/wk 47[^"]*","weight"[^]*?2 dagen/);
    expect(history).toMatch(/5 dagen/);
    expect(history).toContain('"verb":"history.week"');

    const firstPage = JSON.stringify(cardsOf((await t.say(user, 'mijn notities')).body)[0]);
    expect(firstPage).toContain('tweede week, notitie 5');
    expect(firstPage).not.toContain('eerste week, eerste notitie');
    const secondPage = JSON.stringify(openedCard(await t.act(user, VERBS.historyNotes, { page: 2 })));
    expect(secondPage).toContain('eerste week, eerste notitie');
    expect(secondPage).toContain('6–7 van 7');

    const pastWeek = JSON.stringify(openedCard(await t.act(user, VERBS.historyWeek, { weekStart: '2026-11-16' })));
    expect(pastWeek).toContain('week 47');
    expect(pastWeek).toContain('eerste week, tweede notitie');
  });

  it('when someone else opens a week or a page, then they see only their own (empty) mirror', async () => {
    await t.say(stranger, 'hulp');
    const week = JSON.stringify(openedCard(await t.act(stranger, VERBS.historyWeek, { weekStart: '2026-11-16' })));
    expect(week).not.toContain('eerste week');
    const notes = JSON.stringify(openedCard(await t.act(stranger, VERBS.historyNotes, { page: 1 })));
    expect(notes).not.toMatch(/eerste week|tweede week/);
    const forged = invokeNote((await t.act(stranger, VERBS.historyWeek, { weekStart: '2026-11-17' })).body);
    expect(forged).toContain('niet meer geldig');
  });
});
