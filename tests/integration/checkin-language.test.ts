import { TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

/** The language input of a check-in setup card: its preset value. */
function presetLanguage(card: Record<string, unknown> | undefined): unknown {
  return (card?.body as { id?: string; value?: unknown }[] | undefined)?.find((e) => e.id === 'language')?.value;
}

describe('the language of a team check-in', () => {
  let t: TestApp;
  // An English-speaking app, so that Dutch can only come from the starter's own choice.
  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_LANGUAGE: 'en' });
  });
  afterAll(async () => t.close());

  async function choosesDutch(user: TestUser): Promise<void> {
    await t.say(user, 'help');
    const person = await t.app.services.people.find(TENANT, user.aadObjectId);
    if (!person) throw new Error('no profile');
    await t.app.services.people.saveSettings(person.key, { ...person.settings, locale: 'nl', localeChosen: true });
  }

  it('when a starter who chose Nederlands starts a check-in, then the setup card, the shared card and every member\'s card are Dutch', async () => {
    const starter = testUser(901);
    await choosesDutch(starter);
    const flow = new CheckinFlow(t, 'language-nl');
    const setup = cardsOf((await flow.say(starter, 'check-in')).body)[0];
    expect(JSON.stringify(setup)).toContain('Teamcheck-in instellen');
    expect(presetLanguage(setup)).toBe('nl');

    const before = t.connector.sent.length;
    const { checkinId } = await flow.start(starter, { language: 'nl' });
    const shared = JSON.stringify(t.connector.sent.slice(before).map((s) => s.activity));
    expect(shared).toContain('Antwoord versturen');
    // A member without a profile, in an English app, still gets the check-in's Dutch.
    const member = await flow.act(testUser(902), 'checkin.answer', { checkinId, choice: 'gesprekken', role: 'verbinder' });
    expect(member).toContain('Jouw antwoord');
    expect(member).not.toContain('Your answer');
  });

  it('when a starter without a profile starts a check-in, then it follows their client (here English) and the choice can switch it', async () => {
    const flow = new CheckinFlow(t, 'language-en');
    const setup = cardsOf((await flow.say(testUser(903), 'check-in')).body)[0];
    expect(presetLanguage(setup)).toBe('en');
    const before = t.connector.sent.length;
    await flow.start(testUser(903), { language: 'nl' });
    expect(JSON.stringify(t.connector.sent.slice(before).map((s) => s.activity))).toContain('Antwoord versturen');
  });
});
