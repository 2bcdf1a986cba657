import { codeTriesKeyOf } from '../../src/domain/pseudonym';
import { invokeActivity, personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { promptFor } from '../support/reflection-chat';
import { CODE_ALPHABET } from '../../src/domain/coach-code';

const NOW = new Date('2026-03-04T12:00:00Z');
const HOUR = 60 * 60_000;

/** Promises of coaching that must hold against a curious coach or a guesser. */
describe('trust in coaching', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = NOW;
  });
  afterAll(async () => t.close());

  const say = async (user: TestUser, text: string) => JSON.stringify(cardsOf((await t.say(user, text)).body));
  const act = async (user: TestUser, verb: string, data: unknown) => JSON.stringify(invokeCard((await t.post(invokeActivity(user, verb, data, { serviceUrl: t.connector.url }))).body));
  const rowsOf = async (table: string) => (await allRows(t.tables)).filter((r) => r.table === table);

  async function issueCode(coach: TestUser): Promise<string> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(await say(coach, 'coach code'))?.[1];
    if (!code) throw new Error('no code card');
    return code;
  }

  async function share(coach: TestUser, coachee: TestUser): Promise<void> {
    const code = await issueCode(coach);
    await say(coachee, `coach ${code}`);
    expect(await act(coachee, 'coach.consent', { code, paradoxes: 'true' })).toContain('Je deelt je trends nu');
  }

  /** A real answer through the prompt card, on the local date of the test clock. */
  async function answer(user: TestUser, roleIndex: 0 | 1): Promise<void> {
    const prompt = await promptFor(t, user);
    await act(user, 'reflection.answer', { deliveryId: prompt.deliveryId, ticket: prompt.ticket, position: '2', role: roleIndex === 0 ? prompt.role : prompt.otherRole });
  }

  /** A code that is well formed and, with 31^7 possible, surely not one that was issued. */
  const wrongCode = (i: number) => `${CODE_ALPHABET.charAt(i)}${'Z'.repeat(6)}`;

  it('when a coachee has one answer this week, then the coach sees no role share', async () => {
    const [coach, coachee] = [testUser(801), testUser(802)];
    await share(coach, coachee);
    await answer(coachee, 0);
    const answers = (await rowsOf('answers')).filter((r) => r.partitionKey === personKeyOf(coachee));
    expect(answers).toHaveLength(1);
    const first = await say(coach, 'coachees');
    expect(first).toContain(coachee.name);
    expect(first).not.toMatch(/\d+%/);
    expect(first).not.toContain('1 antwoord');
    // Right after the consent no week can be complete yet: the coach reads when the first one can appear.
    expect(first).toContain('kan hier op');
    // A second answer the next day changes nothing the coach sees either: no running week, no single answer.
    t.clock.now = new Date(NOW.getTime() + 24 * HOUR);
    try {
      await answer(coachee, 1);
      expect((await rowsOf('answers')).filter((r) => r.partitionKey === personKeyOf(coachee))).toHaveLength(2);
      const second = await say(coach, 'coachees');
      expect(second).not.toMatch(/\d+%/);
      // Two weeks later the week is complete, but with 2 answers it is still too few to show.
      t.clock.now = new Date(NOW.getTime() + 14 * 24 * HOUR);
      const later = await say(coach, 'coachees');
      expect(later).toContain('te weinig antwoorden om te tonen');
      expect(later).not.toMatch(/\d+%/);
      // Only the week since sharing began is listed; no week from before it counts as let pass.
      expect(later).toContain('Deelname: in 0 van 1 afgesloten week');
    } finally {
      t.clock.now = NOW;
    }
    // Each look was audited in the coachee's partition.
    expect((await rowsOf('coachViews')).filter((r) => r.partitionKey === personKeyOf(coachee))).toHaveLength(3);
  });

  it('when the coach erases their data, then the coachee still sees the look', async () => {
    const [coach, coachee] = [testUser(811), testUser(812)];
    await share(coach, coachee);
    await say(coach, 'coachees');
    const confirm = cardsOf((await t.say(coach, 'verwijder mijn gegevens')).body)[0];
    expect(await act(coach, 'delete.confirm', { token: findData(confirm, 'token') })).toContain('Al je gegevens zijn gewist');

    const views = await rowsOf('coachViews');
    // Nothing in the table names the coach by key any more (nor their index of coachees, by_<key>)...
    expect(views.length).toBeGreaterThan(0);
    expect(JSON.stringify(views)).not.toContain(personKeyOf(coach));
    // ...but the coachee's own history keeps the look: when, and the name shown then.
    const kept = views.filter((r) => r.partitionKey === personKeyOf(coachee));
    expect(kept).toEqual([expect.objectContaining({ coachKey: 'erased', coachName: coach.name, viewedAt: NOW.toISOString() })]);
    const overview = await say(coachee, 'coach');
    expect(overview).toContain(coach.name);
    expect(overview).toContain('4 maart 2026, 13:00');
    expect(overview).not.toContain('Nog niemand heeft gekeken');
    expect(overview).toContain('Je deelt je trends met niemand');
  });

  it('after five wrong codes, then even the right code is refused for an hour', async () => {
    const [coach, guesser] = [testUser(821), testUser(822)];
    const code = await issueCode(coach);
    await say(guesser, 'hulp');
    // A second instance on the same tables: the guesses alternate between the two.
    // The same secret as the first instance, as every instance of one install has (CHECKIN_SECRET).
    const other = await startTestApp({ TABLE_PREFIX: t.config.TABLE_PREFIX, CHECKIN_SECRET: t.app.services.checkins.secret });
    try {
      other.clock.now = NOW;
      const sayOn = async (app: TestApp, text: string) => JSON.stringify(cardsOf((await app.say(guesser, text)).body));
      for (let i = 0; i < 5; i += 1) expect(await sayOn(i % 2 === 0 ? t : other, `coach ${wrongCode(i)}`)).toContain('Deze code werkt niet.');
      expect(await sayOn(other, `coach ${code}`)).toContain('Te veel pogingen, probeer het over een uur.');
    } finally {
      await other.close();
    }
    const tries = async () => (await rowsOf('coachCodes')).filter((r) => r.partitionKey === `tries_${codeTriesKeyOf(t.app.services.checkins.secret, personKeyOf(guesser))}`);
    // The count lives in table storage, so every instance sees the same one.
    expect(await tries()).toHaveLength(1);
    expect(JSON.parse(String((await tries())[0]?.attempts))).toHaveLength(5);

    expect(await say(guesser, `coach ${code}`)).toContain('Te veel pogingen, probeer het over een uur.');
    expect(await act(guesser, 'coach.consent', { code, paradoxes: 'false' })).toContain('Te veel pogingen, probeer het over een uur.');
    expect(await say(guesser, `coach ${wrongCode(6)}`)).toContain('Te veel pogingen');
    expect((await rowsOf('consents')).filter((r) => JSON.stringify(r).includes(personKeyOf(guesser)))).toEqual([]);
    expect((await rowsOf('coachCodes')).find((r) => r.partitionKey === code)).not.toHaveProperty('usedAt');

    // The data export shows the count, like every row about the person.
    const exported = await t.app.services.coach.attempts.exportFor(personKeyOf(guesser));
    expect(exported?.attempts).toHaveLength(5);

    t.clock.now = new Date(NOW.getTime() + 59 * 60_000);
    try {
      expect(await say(guesser, `coach ${code}`)).toContain('Te veel pogingen');
      t.clock.now = new Date(NOW.getTime() + HOUR + 60_000);
      expect(await say(guesser, `coach ${code}`)).toContain(`${coach.name} wil je coach zijn`);
      expect(await act(guesser, 'coach.consent', { code, paradoxes: 'false' })).toContain('Je deelt je trends nu');
      // Erasure removes the count with everything else.
      const confirm = cardsOf((await t.say(guesser, 'verwijder mijn gegevens')).body)[0];
      expect(await act(guesser, 'delete.confirm', { token: findData(confirm, 'token') })).toContain('Al je gegevens zijn gewist');
      expect(await tries()).toEqual([]);
    } finally {
      t.clock.now = NOW;
    }
  });

  it('when a code is unknown, used or expired, then the reply is the same; many tries at once still look up at most five', async () => {
    const [coach, first, second, racer] = [testUser(831), testUser(832), testUser(833), testUser(834)];
    const used = await issueCode(coach);
    await say(first, `coach ${used}`);
    await act(first, 'coach.consent', { code: used, paradoxes: 'false' });
    const expired = await issueCode(coach);
    t.clock.now = new Date(NOW.getTime() + 8 * 24 * HOUR);
    // A first message also brings the welcome (issue 27): the replies compared are not first ones.
    await say(second, 'hulp');
    try {
      const replies = [await say(second, `coach ${wrongCode(1)}`), await say(second, `coach ${used}`), await say(second, `coach ${expired}`)];
      expect(new Set(replies).size).toBe(1);
      expect(replies[0]).toContain('Deze code werkt niet.');
      await say(racer, 'hulp');
      const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => say(racer, `coach ${wrongCode(i)}`)));
      expect(burst.filter((r) => r.includes('Deze code werkt niet.')).length).toBeLessThanOrEqual(5);
      expect(burst.filter((r) => r.includes('Te veel pogingen')).length).toBeGreaterThanOrEqual(7);
    } finally {
      t.clock.now = NOW;
    }
  });
});
