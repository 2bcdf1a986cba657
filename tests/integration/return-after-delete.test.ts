import { personKeyOf, testUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';
import { runTick } from '../../src/scheduler/tick';

jest.setTimeout(60_000);

describe('coming back after "delete my data"', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TEAMS_MAX_RPS: '1000' });
  });
  afterAll(async () => t.close());

  it('when a person erased their data and writes again, then where to reach them is stored again and their prompts arrive', async () => {
    const user = testUser(2621);
    t.clock.now = new Date('2026-11-23T09:00:00Z');
    await t.say(user, 'hulp');
    const card = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    expect(JSON.stringify(invokeCard((await t.act(user, 'delete.confirm', { token: findData(card, 'token') })).body))).toContain('Al je gegevens zijn gewist');
    expect(await t.app.services.conversations.get(personKeyOf(user))).toBeUndefined();
    // The same conversation as before the delete, on the same instance, a moment later.
    t.clock.now = new Date('2026-11-23T09:01:00Z');
    await t.say(user, 'hulp');
    expect(await t.app.services.conversations.get(personKeyOf(user))).toBeDefined();
    // Monday 16:00 in Amsterdam: the new profile's first prompt reaches them.
    await runTick(t.app.ticker, new Date('2026-11-23T15:00:20Z'));
    expect(t.connector.sentTo(`personal-${user.id}`).map((a) => findData(a, 'deliveryId'))).toEqual(['2026-11-23_prompt']);
  });
});
