import { buildPersonExport } from '../../src/features/privacy/person-export';
import { codeTriesKeyOf } from '../../src/domain/pseudonym';
import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { exportUrlOf, onTestServer } from './privacy-fixture';

jest.setTimeout(60_000);

/** What one person can pile up, and what "delete my data" may not reset. */
describe('limits per person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const say = async (user: TestUser, text: string) => JSON.stringify(cardsOf((await t.say(user, text)).body));
  const rows = async (table: string) => (await allRows(t.tables)).filter((r) => r.table === table);
  async function erase(user: TestUser): Promise<void> {
    const card = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    expect(JSON.stringify(invokeCard((await t.act(user, 'delete.confirm', { token: findData(card, 'token') })).body))).toContain('Al je gegevens zijn gewist');
  }

  it('when someone erases their data after five wrong codes and comes back, then they are still blocked, and the count names nobody', async () => {
    const guesser = testUser(1801);
    await say(guesser, 'hulp');
    for (const code of ['AAAAAAA', 'BBBBBBB', 'CCCCCCC', 'DDDDDDD', 'EEEEEEE']) expect(await say(guesser, `coach ${code}`)).toContain('Deze code werkt niet.');
    expect(await say(guesser, 'coach FFFFFFF')).toContain('Te veel pogingen');
    await erase(guesser);
    const tries = (await rows('coachCodes')).filter((r) => String(r.partitionKey).startsWith('tries_'));
    expect(tries.map((r) => r.partitionKey)).toContain(`tries_${codeTriesKeyOf(t.app.services.checkins.secret, personKeyOf(guesser))}`);
    expect(JSON.stringify(tries)).not.toContain(guesser.aadObjectId);
    expect(JSON.stringify(tries)).not.toContain(personKeyOf(guesser));
    await say(guesser, 'hulp');
    expect(await say(guesser, 'coach GGGGGGG')).toContain('Te veel pogingen');

    // Once the tries no longer count, an erasure removes the row.
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 60 * 60_000);
    try {
      await erase(guesser);
      expect((await rows('coachCodes')).filter((r) => r.partitionKey === `tries_${codeTriesKeyOf(t.app.services.checkins.secret, personKeyOf(guesser))}`)).toEqual([]);
    } finally {
      t.clock.now = new Date('2026-03-04T12:00:00Z');
    }
  });

  it('when a coach asks for a code many times, then only the newest unused one is kept and works; a used one stays in its history', async () => {
    const coach = testUser(1811);
    const coachee = testUser(1812);
    const codeOf = async () => /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(await say(coach, 'coach code'))?.[1] ?? '';
    const first = await codeOf();
    await say(coachee, `coach ${first}`);
    await t.act(coachee, 'coach.consent', { code: first, paradoxes: 'false' });
    const issued: string[] = [];
    for (let i = 0; i < 30; i += 1) issued.push(await codeOf());
    const codes = (await rows('coachCodes')).filter((r) => r.coachKey === personKeyOf(coach));
    expect(codes.map((r) => r.partitionKey).sort()).toEqual([first, issued.at(-1)].sort());
    expect(await say(testUser(1813), `coach ${issued[0] ?? ''}`)).toContain('Deze code werkt niet.');
    expect(await say(testUser(1813), `coach ${issued.at(-1) ?? ''}`)).toContain('wil je coach zijn');
    // Export and delete cover both.
    const person = await t.app.services.people.get(personKeyOf(coach));
    if (!person) throw new Error('no coach profile');
    const exported = await buildPersonExport(t.app.services, person);
    expect(JSON.stringify(exported.coaching)).toContain(issued.at(-1) ?? 'x');
    await erase(coach);
    expect((await rows('coachCodes')).filter((r) => r.coachKey === personKeyOf(coach))).toEqual([]);
  });

  it('when someone asks for their data many times, then one pair of links is pending, the older links are dead, and export and delete cover the pair', async () => {
    const person = testUser(1821);
    await say(person, 'hulp');
    const urls: string[] = [];
    for (let i = 0; i < 25; i += 1) urls.push(exportUrlOf((await t.say(person, 'export')).body));
    const pending = (await rows('privacy')).filter((r) => r.personKey === personKeyOf(person));
    expect(pending).toHaveLength(2);
    expect((await fetch(onTestServer(t, urls[0] ?? ''))).status).toBe(410);
    const profile = await t.app.services.people.get(personKeyOf(person));
    if (!profile) throw new Error('no profile');
    expect((await buildPersonExport(t.app.services, profile)).exportLinks).toHaveLength(2);
    expect((await fetch(onTestServer(t, urls.at(-1) ?? ''))).status).toBe(200);
    await erase(person);
    expect((await rows('privacy')).filter((r) => r.personKey === personKeyOf(person))).toEqual([]);
  });
});
