import { invokeActivity, testUser, type TestUser } from '../support/activities';
import { cardsOf, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

const valid = { days: '1,3,5', time: '08:45', timeZone: 'Europe/Amsterdam', locale: 'nl', lens: 'rollen', summaryDay: '5', summaryTime: '17:00', skipHolidays: 'false' };

describe('settings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-11-23T10:00:00Z');
  });
  afterAll(async () => t.close());

  const save = (user: TestUser, data: unknown) => t.post(invokeActivity(user, 'settings.save', data, { serviceUrl: t.connector.url }));
  const profile = async (user: TestUser) =>
    (await allRows(t.tables)).find((r) => r.table === 'people' && String(r.partitionKey).includes(user.aadObjectId));
  const dueOf = async (user: TestUser) => (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.personKey ?? '').includes(user.aadObjectId));

  it('when a new person arrives, then the defaults apply and the first prompt is scheduled for 16:00 Amsterdam time', async () => {
    const user = testUser(31);
    const card = JSON.stringify(cardsOf((await t.say(user, 'instellingen')).body)[0]);
    expect(card).toContain('"value":"1,2,3,4,5"');
    expect(card).toContain('"value":"16:00"');
    expect(card).toContain('maandag 23 november om 16:00');
    const due = await dueOf(user);
    expect(due.map((d) => d.dueAt).sort()).toEqual(['2026-11-23T15:00:00.000Z', '2026-11-27T15:30:00.000Z']);
  });

  it('when settings are saved, then they are stored, shown back and the schedule follows them', async () => {
    const user = testUser(32);
    await t.say(user, 'hulp');
    const response = JSON.stringify(invokeCard((await save(user, valid)).body));
    expect(response).toContain('Opgeslagen');
    expect(response).toContain('woensdag 25 november om 08:45');
    const stored = JSON.parse(String((await profile(user))?.settings)) as Record<string, unknown>;
    expect(stored).toMatchObject({ days: [1, 3, 5], time: '08:45', lens: 'rollen', summaryDay: 5, summaryTime: '17:00', skipHolidays: false });
    const shown = JSON.stringify(cardsOf((await t.say(user, 'instellingen')).body)[0]);
    expect(shown).toContain('"value":"1,3,5"');
    expect((await dueOf(user)).map((d) => d.dueAt)).toContain('2026-11-25T07:45:00.000Z');
  });

  it.each([
    ['time', { time: '25:00' }, '25:00\\" is geen geldige tijd'],
    ['time zone', { timeZone: 'Mars/Olympus' }, 'geen tijdzone die ik ken'],
    ['lens', { lens: 'leiderschap' }, 'Een van de keuzes klopt niet'],
    ['day', { days: '1,9' }, 'Een van de keuzes klopt niet'],
  ])('when the %s is invalid, then the card says why and nothing is saved', async (_name, change, message) => {
    const user = testUser(33);
    await t.say(user, 'hulp');
    const before = (await profile(user))?.settings;
    const card = JSON.stringify(invokeCard((await save(user, { ...valid, ...change })).body));
    expect(card).toContain(message);
    expect((await profile(user))?.settings).toBe(before);
  });

  it('when a person switches to English, then the next answers are in English', async () => {
    const user = testUser(34);
    await t.say(user, 'hulp');
    const card = JSON.stringify(invokeCard((await save(user, { ...valid, locale: 'en' })).body));
    expect(card).toContain('Saved.');
    expect(JSON.stringify(cardsOf((await t.say(user, 'help')).body))).toContain('A reflection question now');
  });

  it('when a person pauses until a date and resumes, then the schedule stops and comes back', async () => {
    const user = testUser(35);
    await t.say(user, 'hulp');
    expect(JSON.stringify(cardsOf((await t.say(user, 'pauze tot 2-12-2026')).body))).toContain('2 december 2026');
    expect((await dueOf(user)).map((d) => d.dueAt)).toContain('2026-12-03T15:00:00.000Z');
    expect(JSON.stringify(cardsOf((await t.say(user, 'pauze')).body))).toContain('Gepauzeerd');
    // No prompt or reminder; only the summary of the week already begun stays (issue 31: a pause keeps what was done).
    expect((await dueOf(user)).map((d) => d.kind)).toEqual(['summary']);
    expect(JSON.stringify(cardsOf((await t.say(user, 'hervat')).body))).toContain('Welkom terug');
    expect((await dueOf(user)).map((d) => d.dueAt)).toContain('2026-11-23T15:00:00.000Z');
  });

  it('when the pause date lies in the past, then it is refused', async () => {
    const user = testUser(36);
    expect(JSON.stringify(cardsOf((await t.say(user, 'pause until 2020-01-01')).body))).toContain('Die datum kan ik niet gebruiken');
  });
});
