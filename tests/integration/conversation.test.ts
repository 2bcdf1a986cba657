import { installActivity, invokeActivity, messageActivity, personKeyOf, TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf, invokeCard, invokeNote, openedCard } from '../support/card-reading';
import { replies, startTestApp, withTestApp, type TestApp } from '../support/test-app';

/** The actions of a card: verb and command of each button. */
function buttonsOf(card: Record<string, unknown> | undefined): { verb: unknown; command: unknown }[] {
  const actions = (card?.actions ?? []) as { verb?: unknown; data?: { command?: unknown } }[];
  return actions.map((a) => ({ verb: a.verb, command: a.data?.command }));
}

describe('talking with Positie', () => {
  let t: TestApp;
  const channel = { kind: 'channel', id: '19:talk@thread.tacv2' } as const;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-12-02T09:00:00Z'); // a Wednesday
  });
  afterAll(async () => t.close());

  /** Someone Positie knows already: their first message would get the welcome (tests/integration/welcome.test.ts). */
  async function known(n: number): Promise<TestUser> {
    const user = testUser(n);
    await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    return user;
  }

  it('when someone says hoi, then a short friendly card answers with the main buttons, and a button runs its command below it', async () => {
    const user = await known(801);
    const card = cardsOf((await t.say(user, 'Hoi!')).body)[0];
    expect(JSON.stringify(card)).toContain('Hoi Test!');
    expect(buttonsOf(card)).toEqual([
      { verb: 'command.run', command: 'reflect' },
      { verb: 'command.run', command: 'summary' },
      { verb: 'command.run', command: 'help' },
    ]);
    const clicked = await t.act(user, 'command.run', { command: 'help' });
    expect(JSON.stringify(openedCard(clicked))).toContain('Wat kan ik voor je doen?');
    const forged = await t.act(user, 'command.run', { command: 'coachAccept', code: 'K7M2QXP' });
    expect(invokeNote(forged.body)).toContain('niet meer geldig');
    expect(forged.posted).toEqual([]);
  });

  it('when someone says dank je!, then Positie says you are welcome', async () => {
    expect(JSON.stringify(cardsOf((await t.say(await known(802), 'dank je!')).body))).toContain('Graag gedaan');
  });

  it('when someone types stop, then pause and delete are explained, each with a button', async () => {
    const card = cardsOf((await t.say(await known(803), 'ik wil stoppen')).body)[0];
    expect(JSON.stringify(card)).toContain('Wil je stoppen?');
    expect(buttonsOf(card).map((b) => b.command)).toEqual(['pause', 'delete']);
  });

  it('when someone types a typo or a synonym, then the command runs', async () => {
    expect(JSON.stringify(cardsOf((await t.say(testUser(804), 'instelingen')).body))).toContain('Je instellingen');
    expect(JSON.stringify(cardsOf((await t.say(testUser(804), 'weekoverzicht')).body))).toContain('Je week');
  });

  it('when nothing matches, then "Bedoel je" offers the two closest commands as buttons', async () => {
    const card = cardsOf((await t.say(await known(805), 'help me met dit overleg')).body)[0];
    expect(JSON.stringify(card)).toContain('Bedoel je');
    expect(buttonsOf(card)).toHaveLength(2);
    expect(buttonsOf(card)[0]).toEqual({ verb: 'command.run', command: 'help' });
  });

  it('when someone types pauze tot volgende week on a Wednesday, then questions stop until Sunday and come back on Monday', async () => {
    const user = testUser(806);
    const text = JSON.stringify(cardsOf((await t.say(user, 'pauze tot volgende week')).body));
    expect(text).toContain('Gepauzeerd tot en met');
    const person = await t.app.services.people.find(TENANT, user.aadObjectId);
    expect(person?.settings.pausedUntil).toBe('2026-12-06');
    expect(personKeyOf(user)).toBe(person?.key);
  });

  it('when hulp is asked in a channel, then the channel help names check-in, check-in trend and what stays personal, not export or delete', async () => {
    const card = cardsOf((await t.post(messageActivity(testUser(807), '<at>Positie</at> hulp', { serviceUrl: t.connector.url, scope: channel }))).body)[0];
    const text = JSON.stringify(card);
    expect(text).toContain('Positie in dit kanaal');
    expect(text).toContain('check-in trend');
    expect(text).toContain('blijven persoonlijk');
    expect(text).not.toContain('mijn gegevens');
  });

  it('when a personal command is typed in a channel, then a short answer points to the personal chat', async () => {
    const reply = await t.post(messageActivity(testUser(808), '<at>Positie</at> reflecteer', { serviceUrl: t.connector.url, scope: channel }));
    expect(JSON.stringify(replies(reply.body))).toContain('persoonlijke chat met Positie');
  });

  it('when the app id is configured, then the answer links to the chat with the bot', async () => {
    // Local mode has no app id; a link needs one (and Teams credentials), so check the card the edge would send.
    const { personalOnlyText } = await import('../../src/features/help/talk');
    const services = { ...t.app.services, config: { ...t.app.services.config, MicrosoftAppId: 'abc' } };
    const turn = { identity: { tenantId: TENANT, aadObjectId: 'x', name: '', conversationType: 'channel' as const }, locale: 'nl' as const, conversation: { conversation: { id: 'c' } }, reply: async () => undefined };
    expect(personalOnlyText(turn, services)).toContain('https://teams.microsoft.com/l/chat/0/0?users=28:abc');
  });

  it('when Positie is added to a team, then it introduces itself in the channel, in Dutch unless the team speaks English', async () => {
    const added = (locale?: string) => ({
      ...messageActivity(testUser(809), '', { serviceUrl: t.connector.url, scope: channel, ...(locale ? { locale } : {}) }),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'bot-id' }],
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded', team: { id: '19:team@thread.tacv2' } },
    });
    const reply = await t.post(added());
    const text = JSON.stringify(replies(reply.body));
    expect(text).toContain('Hallo team, ik ben Positie');
    expect(text).toContain('@Positie check-in');
    const english = await withTestApp({ DEFAULT_LANGUAGE: 'en' }, async (en) => JSON.stringify(replies((await en.post({ ...added(), serviceUrl: en.connector.url })).body)));
    expect(english).toContain("Hello team, I'm Positie");
    const someoneElse = await t.post({ ...added(), membersAdded: [{ id: 'user-77' }] });
    expect(replies(someoneElse.body)).toEqual([]);
  });

  it('when a card button names a command that works elsewhere, then it says where, and nothing runs', async () => {
    const before = t.connector.sentTo(channel.id).length;
    const response = await t.post(invokeActivity(testUser(810), 'command.run', { command: 'settings' }, { serviceUrl: t.connector.url, scope: channel }));
    invokeNote(response.body);
    expect(JSON.stringify(t.connector.sentTo(channel.id).slice(before))).toContain('persoonlijke chat');
  });

  it('when Annuleren is clicked on the settings card, then the card says nothing changed and the settings are untouched', async () => {
    const user = testUser(811);
    await t.say(user, 'instellingen');
    const before = await t.app.services.people.find(TENANT, user.aadObjectId);
    const response = await t.act(user, 'settings.cancel', {});
    expect(JSON.stringify(invokeCard(response.body))).toContain('Niets gewijzigd');
    expect((await t.app.services.people.find(TENANT, user.aadObjectId))?.settings).toEqual(before?.settings);
  });
});
