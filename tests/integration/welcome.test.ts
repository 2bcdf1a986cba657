import { installActivity, personKeyOf, TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(90_000);

/** Issue 27: a first week that starts right. */
describe('the welcome on first contact', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-11-23T09:00:00Z'); // a Monday morning
  });
  afterAll(async () => t.close());

  const settingsOf = async (user: TestUser) => (await t.app.services.people.find(TENANT, user.aadObjectId))?.settings;
  const dueOf = async (user: TestUser) => (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.personKey ?? '').includes(user.aadObjectId));
  const welcomeOf = (body: unknown) => cardsOf(body).find((card) => JSON.stringify(card).includes('Welkom bij Positie'));
  const inputValues = (card: unknown): Record<string, unknown> => {
    const found: Record<string, unknown> = {};
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const r = node as Record<string, unknown>;
      if (typeof r.type === 'string' && r.type.startsWith('Input.')) found[String(r.id)] = r.value;
      Object.values(r).forEach(walk);
    };
    walk(card);
    return found;
  };

  it('when a person installs Positie, then one welcome card asks when, their work and a reminder, with the defaults filled in', async () => {
    const user = testUser(2751);
    const response = await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    const welcome = welcomeOf(response.body);
    expect(cardProblems(welcome)).toEqual([]);
    expect(inputValues(welcome)).toEqual({ days: '1,2,3,4,5', time: '16:00', layer: 'rijk', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false' });
    expect(JSON.stringify(welcome)).toContain('Laat je alles zo, dan komt je eerste vraag op maandag 23 november om 16:00.');
  });

  it('when the first contact is a message (hoi), then the welcome answers it, not a silent sign-up or a second card', async () => {
    const user = testUser(2752);
    const cards = cardsOf((await t.say(user, 'hoi')).body);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Welkom bij Positie');
    // The next message is an ordinary one.
    expect(JSON.stringify(cardsOf((await t.say(user, 'hoi')).body))).not.toContain('Welkom bij Positie');
  });

  it('when the first message is a command, then the command runs and the welcome follows it', async () => {
    const user = testUser(2753);
    const cards = cardsOf((await t.say(user, 'reflecteer')).body);
    expect(cards).toHaveLength(2);
    expect(findData(cards[0], 'deliveryId')).toMatch(/^2026-11-23_reflect_/);
    expect(JSON.stringify(cards[1])).toContain('Welkom bij Positie');
  });

  it('when Later is clicked, then nothing is written, and the card says when the question comes and where to change it', async () => {
    const user = testUser(2754);
    await t.say(user, 'hoi');
    const before = await settingsOf(user);
    const later = await t.act(user, 'welcome.later', {});
    const text = JSON.stringify(invokeCard(later.body));
    expect(text).toContain('Prima, dan blijft het zo. Je volgende vraag komt op maandag 23 november om 16:00.');
    expect(text).toContain('instellingen');
    expect(later.posted).toEqual([]);
    expect(await settingsOf(user)).toEqual(before);
  });

  it('when the choices are saved, then they go through the settings rules, the schedule follows, the language keeps following Teams, and the first question comes below', async () => {
    const user = testUser(2755);
    await t.say(user, 'hoi');
    const saved = await t.act(user, 'welcome.save', { days: '1,3', time: '08:30', layer: 'gemeente', kindsOfWork: 'uitvoering,toezicht', leadsPeople: 'true', reminder: 'true' });
    expect(JSON.stringify(invokeCard(saved.body))).toContain('Opgeslagen. Je eerste vraag staat hieronder. Je volgende vraag komt op woensdag 25 november om 08:30.');
    expect(findData(saved.posted[0], 'deliveryId')).toMatch(/^2026-11-23_reflect_/);
    const settings = await settingsOf(user);
    expect(settings).toMatchObject({ days: [1, 3], time: '08:30', layer: 'gemeente', kindsOfWork: ['uitvoering', 'toezicht'], leadsPeople: true, reminder: { enabled: true, time: '19:00' }, summaryTime: '16:30' });
    expect(settings?.localeChosen).toBeUndefined();
    expect((await dueOf(user)).map((d) => d.dueAt)).toContain('2026-11-25T07:30:00.000Z');
  });

  it('when a choice is not valid, then nothing is saved and the welcome comes back with what was sent and why', async () => {
    const user = testUser(2756);
    await t.say(user, 'hoi');
    const before = await settingsOf(user);
    const refused = await t.act(user, 'welcome.save', { days: '1,2', time: '25:99', layer: 'gemeente', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false' });
    const card = invokeCard(refused.body);
    expect(JSON.stringify(card)).toContain('25:99\\" is geen geldige tijd');
    expect(inputValues(card)).toMatchObject({ days: '1,2', layer: 'gemeente' });
    expect(refused.posted).toEqual([]);
    expect(await settingsOf(user)).toEqual(before);
    const unknownLayer = await t.act(user, 'welcome.save', { days: '1', time: '09:00', layer: 'koninkrijk', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false' });
    expect(JSON.stringify(invokeCard(unknownLayer.body))).toContain('Een van de keuzes klopt niet');
    // Data that is no welcome card's (forged, or from elsewhere) saves nothing either.
    const forged = await t.act(user, 'welcome.save', { aadObjectId: 'someone-else', extra: 'x' });
    expect(JSON.stringify(invokeCard(forged.body))).toContain('niet meer geldig');
    expect(await settingsOf(user)).toEqual(before);
  });

  it('when a person who erased their data says hoi, then the welcome comes again, with the defaults', async () => {
    const user = testUser(2757);
    await t.say(user, 'hoi');
    await t.act(user, 'welcome.save', { days: '2', time: '10:00', layer: 'provincie', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false' });
    const confirm = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    await t.act(user, 'delete.confirm', { token: findData(confirm, 'token') });
    expect(await t.app.services.people.get(personKeyOf(user))).toBeUndefined();

    const cards = cardsOf((await t.say(user, 'hoi')).body);
    expect(cards).toHaveLength(1);
    expect(inputValues(cards[0])).toMatchObject({ days: '1,2,3,4,5', time: '16:00', layer: 'rijk' });
  });
});
