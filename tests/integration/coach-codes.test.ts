import { codeTriesKeyOf } from '../../src/domain/pseudonym';
import { messageActivity, personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, withTestApp, type TestApp } from '../support/test-app';

/** The one reply to an unknown, used or expired code. */
const REFUSED = 'Deze code werkt niet.';

describe('coach invitation codes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const consentsOf = async (user: TestUser) => (await allRows(t.tables)).filter((r) => r.table === 'consents' && r.partitionKey === personKeyOf(user) && r.revokedAt === undefined);

  async function issueCode(coach: TestUser): Promise<string> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await t.say(coach, 'coach code')).body)))?.[1];
    if (!code) throw new Error('no code card');
    return code;
  }

  it('when a coach asks for a code, then a 7-character code without look-alikes is issued, valid for 7 days', async () => {
    const coach = testUser(101);
    const response = await t.say(coach, 'coach code');
    const text = JSON.stringify(cardsOf(response.body));
    expect(text).toMatch(/"id":"coachCode","text":"[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{7}"/);
    expect(text).toContain('11 maart 2026');
    const codes = (await allRows(t.tables)).filter((r) => r.table === 'coachCodes' && r.coachKey === personKeyOf(coach));
    expect(codes).toHaveLength(1);
    expect(codes[0]?.expiresAt).toBe('2026-03-11T12:00:00.000Z');
  });

  it('when a person types the code in lower case, then the consent screen names the coach and what they will see', async () => {
    const code = await issueCode(testUser(102));
    const text = JSON.stringify(cardsOf((await t.say(testUser(103), `coach ${code.toLowerCase()}`)).body));
    expect(text).toContain('Test Persoon 102 wil je coach zijn');
    expect(text).toContain('nooit je notities, nooit losse antwoorden');
    expect(text).toContain('"id":"paradoxes"');
  });

  it('when the coach accepts their own code, then it is refused with a clear message and the code still works for someone else', async () => {
    const coach = testUser(104);
    const code = await issueCode(coach);
    expect(JSON.stringify(cardsOf((await t.say(coach, `coach ${code}`)).body))).toContain('Je kunt niet je eigen coach zijn.');
    expect(JSON.stringify(invokeCard((await t.act(coach, 'coach.consent', { code, paradoxes: 'false' })).body))).toContain('Je kunt niet je eigen coach zijn.');
    expect(await consentsOf(coach)).toHaveLength(0);
    const other = testUser(105);
    await t.say(other, `coach ${code}`);
    expect(JSON.stringify(invokeCard((await t.act(other, 'coach.consent', { code, paradoxes: 'false' })).body))).toContain('Je deelt je trends nu met Test Persoon 104');
    expect(await consentsOf(other)).toHaveLength(1);
  });

  it('when a code has been used, then a second person is refused with the reply an unknown code gets, and gets no consent', async () => {
    const code = await issueCode(testUser(106));
    const [first, second] = [testUser(107), testUser(108)];
    await t.say(first, `coach ${code}`);
    await t.act(first, 'coach.consent', { code, paradoxes: 'false' });
    expect(JSON.stringify(cardsOf((await t.say(second, `coach ${code}`)).body))).toContain(REFUSED);
    expect(JSON.stringify(invokeCard((await t.act(second, 'coach.consent', { code, paradoxes: 'false' })).body))).toContain(REFUSED);
    expect(await consentsOf(second)).toHaveLength(0);
  });

  it('when a code is older than 7 days, then it is refused with the reply an unknown code gets, and only the try is counted', async () => {
    const code = await issueCode(testUser(109));
    const person = testUser(110);
    await t.say(person, `coach ${code}`);
    t.clock.now = new Date('2026-03-11T12:00:01Z');
    try {
      expect(JSON.stringify(cardsOf((await t.say(person, `coach ${code}`)).body))).toContain(REFUSED);
      expect(JSON.stringify(invokeCard((await t.act(person, 'coach.consent', { code, paradoxes: 'true' })).body))).toContain(REFUSED);
      expect(await consentsOf(person)).toHaveLength(0);
    } finally {
      t.clock.now = new Date('2026-03-04T12:00:00Z');
    }
  });

  it('when two people press Share with one code at the same moment, then exactly one gets the consent', async () => {
    const code = await issueCode(testUser(111));
    const racers = [testUser(112), testUser(113), testUser(114)];
    for (const racer of racers) await t.say(racer, 'hulp');
    await Promise.all(racers.map((racer) => t.act(racer, 'coach.consent', { code, paradoxes: 'false' })));
    const granted = await Promise.all(racers.map(async (racer) => (await consentsOf(racer)).length));
    expect(granted.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('when the consent data is malformed or the code unknown, then a friendly card comes back and nothing but the try is written', async () => {
    const person = testUser(115);
    await t.say(person, 'hulp');
    const before = (await allRows(t.tables)).length;
    for (const data of [{ code: 'x' }, { code: 'ABCDEFG', paradoxes: 'maybe' }, null, 'K7M4QRT']) {
      expect(JSON.stringify(invokeCard((await t.act(person, 'coach.consent', data)).body))).toContain('Deze kaart is niet meer geldig');
    }
    expect((await allRows(t.tables)).length).toBe(before);
    expect(JSON.stringify(invokeCard((await t.act(person, 'coach.consent', { code: 'ZZZZZZZ' })).body))).toContain(REFUSED);
    const after = await allRows(t.tables);
    const isTry = (r: Record<string, unknown>) => r.table === 'coachCodes' && r.partitionKey === `tries_${codeTriesKeyOf(t.app.services.checkins.secret, personKeyOf(person))}`;
    expect(after.filter(isTry)).toHaveLength(1);
    expect(after.filter((r) => !isTry(r))).toHaveLength(before);
  });

  it('when a coach command comes from a team channel, then it points to personal chat and issues nothing', async () => {
    const coach = testUser(116);
    const response = await t.post(messageActivity(coach, 'coach code', { serviceUrl: t.connector.url, scope: { kind: 'channel', id: '19:team@thread.tacv2' } }));
    expect(JSON.stringify(cardsOf(response.body))).toContain('persoonlijke chat');
    expect((await allRows(t.tables)).filter((r) => r.table === 'coachCodes' && r.coachKey === personKeyOf(coach))).toHaveLength(0);
  });

  it('when an English user asks for a code, then the card is in English', async () => {
    // Local mode speaks DEFAULT_LANGUAGE whatever the client says (the Playground always says en-US).
    const text = await withTestApp({ DEFAULT_LANGUAGE: 'en' }, async (en) => JSON.stringify(cardsOf((await en.say(testUser(117), 'coach code', 'en-US')).body)));
    expect(text).toContain('Your coach code');
  });
});
