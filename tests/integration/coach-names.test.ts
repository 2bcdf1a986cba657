import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, invokeCard } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** A coach's display name comes from Teams, so from the coach: on the coachee's cards it is inert text, and it cannot hide. */
describe("a coach's name on the coachee's cards", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-03-04T12:00:00Z');
  });
  afterAll(async () => t.close());

  const named = (n: number, name: string): TestUser => ({ ...testUser(n), name });
  const say = async (user: TestUser, text: string) => JSON.stringify(cardsOf((await t.say(user, text)).body));
  const act = async (user: TestUser, verb: string, data: unknown) => JSON.stringify(invokeCard((await t.act(user, verb, data)).body));
  async function codeOf(coach: TestUser): Promise<string> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(await say(coach, 'coach code'))?.[1];
    if (!code) throw new Error('no code card');
    return code;
  }

  it('when a coach is called like a link in bold, then the consent screen, its confirmation and the overview show those characters, not a link', async () => {
    const coach = named(1701, 'Jan [Klik om te bevestigen](https://evil.example/ok) **Teamleider**');
    const coachee = testUser(1702);
    const code = await codeOf(coach);
    const escaped = 'Jan \\\\[Klik om te bevestigen\\\\](https://evil.example/ok) \\\\*\\\\*Teamleider\\\\*\\\\*';
    const consent = await say(coachee, `coach ${code}`);
    expect(consent).toContain(`${escaped} wil je coach zijn`);
    const shared = await act(coachee, 'coach.consent', { code, paradoxes: 'false' });
    expect(shared).toContain(`Je deelt je trends nu met ${escaped}.`);
    const overview = await say(coachee, 'coach');
    expect(overview).toContain(`"text":"${escaped}"`);
    // Markdown TextBlocks hold it escaped; a button title shows no markdown, so it holds the name as typed.
    const texts = (card: string) => [...card.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1] ?? ''}"`) as string);
    for (const card of [consent, shared, overview]) for (const text of texts(card)) expect(text).not.toMatch(/(?<!\\)\[Klik om te bevestigen(?<!\\)\]\(/);
    expect(overview).toContain('"title":"Stop met delen met Jan [Klik om te bevestigen](https://evil.example/ok) **Teamleider**"');
  });

  it('when a name carries a right-to-left override or zero-width characters, then they are gone from every card', async () => {
    const coach = named(1711, 'Jan\u202e\u200b de\u2066 Vries\u200d');
    const coachee = testUser(1712);
    const code = await codeOf(coach);
    const consent = await say(coachee, `coach ${code}`);
    expect(consent).toContain('Jan de Vries wil je coach zijn');
    const shared = await act(coachee, 'coach.consent', { code, paradoxes: 'false' });
    const overview = await say(coachee, 'coach');
    for (const card of [consent, shared, overview]) expect(card).not.toMatch(/\\u202e|\\u200b|\\u2066|\\u200d|[\u202e\u200b\u2066\u200d]/);
    expect(overview).toContain('Stop met delen met Jan de Vries');
  });

  it('when a coach\'s name is only invisible characters, then nobody can share with them until Positie knows a visible name', async () => {
    const coach = named(1721, '\u200b\u200d\u2060 \u3164');
    const coachee = testUser(1722);
    const code = await codeOf(coach);
    expect(await say(coachee, `coach ${code}`)).toContain('Positie weet nog niet hoe je coach heet');
    // A click on a consent screen shown earlier (or forged) is refused the same way, and the code stays usable.
    expect(await act(coachee, 'coach.consent', { code, paradoxes: 'false' })).toContain('Positie weet nog niet hoe je coach heet');
    expect(await t.app.services.coach.consents.coachesOf(personKeyOf(coachee))).toEqual([]);
    await say({ ...coach, name: 'Coach Zichtbaar' }, 'hulp');
    expect(await say(coachee, `coach ${code}`)).toContain('Coach Zichtbaar wil je coach zijn');
  });

  it('when a coach renames themselves after the consent, then the coachee\'s record shows the consented name with the name they looked under', async () => {
    const coach = named(1731, 'Petra Coach');
    const coachee = named(1732, 'Sanne Coachee');
    const code = await codeOf(coach);
    await say(coachee, `coach ${code}`);
    await act(coachee, 'coach.consent', { code, paradoxes: 'false' });
    // The coach takes the coachee's own name, then a name of nothing visible, and looks each time.
    await say({ ...coach, name: 'Sanne Coachee' }, 'coachees');
    await say({ ...coach, name: '\u200b\u200b' }, 'coachees');
    await say(coach, 'coachees');
    const overview = await say(coachee, 'coach');
    expect(overview).toContain('"text":"Petra Coach"');
    expect(overview).toContain('keek onder een andere naam: Sanne Coachee');
    expect(overview).toContain('keek onder een andere naam: Naamloos');
    // The look under the consented name itself gets no note.
    expect(overview.match(/keek onder een andere naam/g)).toHaveLength(2);
    expect(overview).not.toMatch(/"title":"Sanne Coachee"/);
  });
});
