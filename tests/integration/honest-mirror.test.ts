import type { Prompt } from '../../src/content/types';
import type { Answer } from '../../src/domain/answer';
import { runTick } from '../../src/scheduler/tick';
import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, invokeCard } from '../support/card-reading';
import { answersOf } from '../support/reflection-chat';
import { seedPeople } from '../support/seed-people';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(180_000);

/** 16:00 in Amsterdam in winter (the seeded people's prompt time); the summary comes at 16:30. */
const at = (localDate: string, hhmm = '15:00'): Date => new Date(`${localDate}T${hhmm}:00Z`);

/**
 * The scenarios of issue 31, through the real app on Azurite: what a person types and clicks,
 * and the text of the cards they get back.
 */
describe('an honest mirror (issue 31)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TEAMS_MAX_RPS: '1000' });
  });
  afterAll(async () => t.close());

  const prompt = (test: (p: Prompt) => boolean): Prompt => {
    const found = t.app.services.content.prompts.find((p) => test(p) && !p.calendar && !p.demissionair && !p.needsTeam && p.layers.includes('rijk') && p.work.includes('beleid'));
    if (!found) throw new Error('no such prompt in the library');
    return found;
  };
  const plain = (): Prompt => prompt((p) => !p.conditional && p.paradoxId === 'weten-besluiten');

  async function meet(user: TestUser, on: Date): Promise<string> {
    t.clock.now = on;
    await t.say(user, 'hulp');
    return personKeyOf(user);
  }

  /** The scheduled prompt of `localDate`, as the scheduler leaves it once sent. */
  async function promptSent(key: string, localDate: string, p: Prompt): Promise<string> {
    const id = `${localDate}_prompt`;
    await t.app.services.deliveries.tryCreate({ personKey: key, id, kind: 'prompt', localDate, state: 'sent', promptId: p.id, paradoxId: p.paradoxId, lens: 'ideaaltypen', claimedAt: at(localDate).toISOString(), claimedBy: 'test', attempts: 1, snoozes: 0, sentAt: at(localDate).toISOString() });
    return id;
  }

  /** Clicks Opslaan on that prompt's card at `when` with these choices; returns the card it gets back. */
  async function answer(user: TestUser, deliveryId: string, when: Date, choices: { position: string; role?: string }): Promise<string> {
    t.clock.now = when;
    return JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId, position: choices.position, role: choices.role ?? '', tactic: '', note: '' })).body));
  }

  async function summary(user: TestUser, when: Date, text = 'samenvatting'): Promise<string[]> {
    t.clock.now = when;
    return cardsOf((await t.say(user, text)).body).map((card) => JSON.stringify(card));
  }

  /** A week from the history opens below in the chat (issue 27): the card the click posted. */
  const weekCard = async (user: TestUser, weekStart: string): Promise<string> => {
    const { posted } = await t.act(user, 'history.week', { weekStart });
    expect(posted).toHaveLength(1);
    return JSON.stringify(posted[0]);
  };

  describe('1. "speelde vandaag niet" is not a position and not a role', () => {
    it('when a person taps "Speelde vandaag niet" and Opslaan, then it saves with no role, and week 50 counts it as neither role nor position', async () => {
      const user = testUser(3101);
      const key = await meet(user, at('2026-12-07', '08:00'));
      const conditional = prompt((p) => p.conditional);
      const days: [string, Prompt, { position: string; role?: string }][] = [
        ['2026-12-07', plain(), { position: '2', role: 'verbinder' }],
        ['2026-12-08', plain(), { position: '2', role: 'verbinder' }],
        ['2026-12-09', plain(), { position: '4', role: 'ondernemer' }],
        ['2026-12-10', conditional, { position: '0' }],
      ];
      for (const [localDate, p, choices] of days) {
        const reply = await answer(user, await promptSent(key, localDate, p), at(localDate, '16:00'), choices);
        expect(reply).toContain('Opgeslagen');
        expect(reply).not.toContain('Kies een rol');
      }
      // The card of a conditional prompt does not demand a role: the two taps are enough.
      const edit = JSON.stringify(invokeCard((await t.act(user, 'reflection.edit', { deliveryId: '2026-12-10_prompt' })).body));
      expect(edit).toMatch(/"id":"role"[^}]*"isRequired":false/);
      expect((await answersOf(t, user)).find((row) => row.localDate === '2026-12-10')).toMatchObject({ position: 0, roleId: '' });

      const [card = ''] = await summary(user, at('2026-12-13', '10:00'));
      expect(card).toContain('7 december – 13 december · 4 antwoorden op 4 vragen · 1 dag speelde de vraag niet');
      expect(card).toContain('"title":"Verbinder","value":"67 % · 2×"');
      expect(card).toContain('"title":"Ondernemer","value":"33 % · 1×"');
      expect(card).not.toMatch(/"title":"Bureaucraat","value":"\d+ %/);
      // The role that did not come up is asked about, not pushed.
      expect(card).toContain('De bureaucraat kwam deze week niet voor. Speelde dat niet, of liet je het liggen?');
    });

    it('when an answer from before stored a role with "speelde vandaag niet", then week and history still count no role: no "Bureaucraat 25 %"', async () => {
      const user = testUser(3102);
      const key = await meet(user, at('2026-12-07', '08:00'));
      const row = (localDate: string, roleId: string, position: Answer['position']): Answer => ({ deliveryId: `${localDate}_prompt`, promptId: plain().id, paradoxId: 'weten-besluiten', position, lens: 'ideaaltypen', roleId, answeredAt: at(localDate).toISOString(), localDate });
      for (const a of [row('2026-12-07', 'verbinder', 2), row('2026-12-08', 'verbinder', 2), row('2026-12-09', 'ondernemer', 4), row('2026-12-10', 'bureaucraat', 0)]) await t.app.services.answers.save(key, a);
      const [card = ''] = await summary(user, at('2026-12-13', '10:00'));
      expect(card).toContain('4 antwoorden op 4 vragen · 1 dag speelde de vraag niet');
      expect(card).toContain('"title":"Verbinder","value":"67 % · 2×"');
      expect(card).not.toMatch(/"title":"Bureaucraat","value":"\d+ %/);
      t.clock.now = at('2026-12-13', '10:00');
      const history = JSON.stringify(cardsOf((await t.say(user, 'geschiedenis')).body)[0]);
      expect(history).toContain('"text":"4 dagen · Verbinder 67 % · Ondernemer 33 % · 1 dag speelde de vraag niet"');
      expect(history).not.toContain('Bureaucraat 25 %');
    });

    it('when the card still held a role with "Speelde vandaag niet", then the answer is stored without it', async () => {
      const user = testUser(3104);
      const key = await meet(user, at('2026-12-10', '08:00'));
      const reply = await answer(user, await promptSent(key, '2026-12-10', prompt((p) => p.conditional)), at('2026-12-10', '16:00'), { position: '0', role: 'bureaucraat' });
      expect(reply).toContain('Speelde vandaag niet');
      expect(reply).not.toContain('Bureaucraat');
      expect(await answersOf(t, user)).toEqual([expect.objectContaining({ position: 0, roleId: '' })]);
    });

    it('when a prompt was played, then Opslaan without a role still asks for one and stores nothing', async () => {
      const user = testUser(3103);
      const key = await meet(user, at('2026-12-07', '08:00'));
      const reply = await answer(user, await promptSent(key, '2026-12-07', plain()), at('2026-12-07', '16:00'), { position: '2' });
      expect(reply).toContain('Kies een rol.');
      expect(await answersOf(t, user)).toHaveLength(0);
    });
  });

  describe('2. an answer belongs to its question\u2019s day', () => {
    it("when Tuesday 22 December's prompt is answered on Monday 28 December, then week 52 holds it and week 53 and the history do not", async () => {
      const user = testUser(3201);
      const key = await meet(user, at('2026-12-07', '08:00'));
      // Earlier weeks, for what a comparison would have taken: three Verbinder answers in each.
      for (const localDate of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-14', '2026-12-15', '2026-12-16']) {
        await answer(user, await promptSent(key, localDate, plain()), at(localDate, '16:00'), { position: '2', role: 'verbinder' });
      }
      await answer(user, await promptSent(key, '2026-12-21', plain()), at('2026-12-21', '16:00'), { position: '2', role: 'verbinder' });
      const tuesday = await promptSent(key, '2026-12-22', plain());
      expect(await answer(user, tuesday, at('2026-12-28', '08:00'), { position: '4', role: 'ondernemer' })).toContain('Opgeslagen');

      const week52 = await weekCard(user, '2026-12-21');
      expect(week52).toContain('21 december – 27 december · 2 antwoorden op 2 vragen');
      const [lastWeek = '', thisWeek = ''] = await summary(user, at('2026-12-28', '08:05'));
      expect(lastWeek).toContain('Je week 52 in Positie');
      expect(thisWeek).toContain('Je week 53 tot nu toe');
      expect(thisWeek).toContain('Deze week heb je nog niets ingevuld');
      expect(`${lastWeek}${thisWeek}`).not.toMatch(/procentpunten|Ondernemer \+|Verbinder −/);

      t.clock.now = at('2026-12-28', '08:10');
      const history = JSON.stringify(cardsOf((await t.say(user, 'geschiedenis')).body)[0]);
      expect(history).toContain('"text":"2 dagen · Ondernemer 50 % · Verbinder 50 %"');
      expect(history).not.toContain('1 dag · Ondernemer 100 %');
      // The export keeps it under 22 December, as it always did.
      expect((await answersOf(t, user)).find((row) => row.roleId === 'ondernemer')).toMatchObject({ localDate: '2026-12-22' });
    });

    it("when every evening's prompt is answered the next morning, then each week reads 7 answers to 7 questions, not 7 to 8", async () => {
      const user = testUser(3202);
      const key = await meet(user, at('2026-12-07', '08:00'));
      const days = Array.from({ length: 14 }, (_, i) => `2026-12-${String(7 + i).padStart(2, '0')}`);
      for (const [i, localDate] of days.entries()) {
        const next = `2026-12-${String(8 + i).padStart(2, '0')}`;
        expect(await answer(user, await promptSent(key, localDate, plain()), at(next, '07:30'), { position: '2', role: 'verbinder' })).toContain('Opgeslagen');
      }
      expect(await weekCard(user, '2026-12-07')).toContain('7 antwoorden op 7 vragen');
      expect(await weekCard(user, '2026-12-14')).toContain('7 antwoorden op 7 vragen');
      t.clock.now = at('2026-12-21', '12:00');
      const history = JSON.stringify(cardsOf((await t.say(user, 'geschiedenis')).body)[0]);
      expect(history).toContain('"text":"7 dagen · Verbinder 100 %"');
      expect(history).not.toContain('"text":"1 dag · Verbinder 100 %"');
    });
  });

  describe('3. the spread, not a false middle', () => {
    it('when Monday says "Vooral twijfel openhouden" and Tuesday "Vooral knopen doorhakken", then the week shows both, not "ergens in het midden"', async () => {
      const user = testUser(3301);
      const key = await meet(user, at('2026-12-07', '08:00'));
      await answer(user, await promptSent(key, '2026-12-07', plain()), at('2026-12-07', '16:00'), { position: '2', role: 'verbinder' });
      await answer(user, await promptSent(key, '2026-12-08', plain()), at('2026-12-08', '16:00'), { position: '4', role: 'bureaucraat' });
      const week = await weekCard(user, '2026-12-07');
      expect(week).toContain('"title":"Twijfel openhouden ↔ Knopen doorhakken","value":"○●○●○ 1× vooral twijfel openhouden, 1× vooral knopen doorhakken"');
      expect(week).not.toContain('in het midden');
    });
  });

  describe('4. compare only what can be compared, in words', () => {
    it('when "samenvatting" is typed on a Monday after one answer, then last week comes first, with this week so far after it, and nothing is compared', async () => {
      const user = testUser(3401);
      const key = await meet(user, at('2026-11-30', '08:00'));
      for (const localDate of ['2026-11-30', '2026-12-01', '2026-12-02']) await answer(user, await promptSent(key, localDate, plain()), at(localDate, '16:00'), { position: '2', role: 'verbinder' });
      await answer(user, await promptSent(key, '2026-12-07', plain()), at('2026-12-07', '16:00'), { position: '2', role: 'verbinder' });
      await answer(user, await promptSent(key, '2026-12-08', plain()), at('2026-12-08', '16:00'), { position: '4', role: 'ondernemer' });
      await answer(user, await promptSent(key, '2026-12-09', plain()), at('2026-12-09', '16:00'), { position: '4', role: 'ondernemer' });
      await answer(user, await promptSent(key, '2026-12-14', plain()), at('2026-12-14', '16:00'), { position: '4', role: 'ondernemer' });

      const cards = await summary(user, at('2026-12-14', '17:00'));
      expect(cards).toHaveLength(2);
      const [lastWeek = '', thisWeek = ''] = cards;
      expect(lastWeek).toContain('Je week 50 in Positie');
      expect(lastWeek).toContain('Je koos vaker de ondernemer, minder vaak de verbinder dan in de weken daarvoor.');
      expect(thisWeek).toContain('Je week 51 tot nu toe');
      expect(thisWeek).toContain('14 december – 20 december · 1 antwoord op 1 vraag');
      expect(thisWeek).not.toContain('dan in de weken daarvoor');
      expect(cards.join('')).not.toMatch(/procentpunten|[+−]\d/);
    });
  });

  describe('5. a pause keeps what was done', () => {
    const seeded = async (n: number): Promise<TestUser> => {
      await seedPeople(t.app.services, n, 1, t.connector.url, at('2026-12-11', '15:00'));
      return testUser(n);
    };
    const pushedTo = (user: TestUser) => t.connector.sentTo(`personal-${user.id}`).map((a) => JSON.stringify(a));
    async function tick(when: Date): Promise<void> {
      t.clock.now = when;
      await runTick(t.app.ticker, when);
    }
    async function answeredMondayToThursday(user: TestUser): Promise<void> {
      const key = personKeyOf(user);
      for (const localDate of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']) await answer(user, await promptSent(key, localDate, plain()), at(localDate, '15:30'), { position: '2', role: 'verbinder' });
    }

    it('when "pauze tot maandag" is typed on Friday morning after four answers, then the reply says the summary still comes, and it comes that afternoon', async () => {
      const user = await seeded(3501);
      await answeredMondayToThursday(user);
      t.clock.now = at('2026-12-11', '07:30');
      const reply = JSON.stringify(cardsOf((await t.say(user, 'pauze tot maandag')).body));
      expect(reply).toContain('Gepauzeerd tot en met 13 december 2026.');
      expect(reply).toContain('Het weekoverzicht van wat je al beantwoordde komt nog wel, op vrijdag 11 december om 16:30.');
      await tick(new Date('2026-12-11T15:00:20Z'));
      expect(pushedTo(user)).toHaveLength(0);
      await tick(new Date('2026-12-11T15:30:20Z'));
      expect(pushedTo(user)).toHaveLength(1);
      expect(pushedTo(user)[0]).toContain('4 antwoorden');
    });

    it('when a paused week has no answers, then no summary comes and the reply promises none', async () => {
      const user = await seeded(3502);
      t.clock.now = at('2026-12-11', '07:30');
      const reply = JSON.stringify(cardsOf((await t.say(user, 'pauze tot maandag')).body));
      expect(reply).toContain('Gepauzeerd tot en met 13 december 2026.');
      expect(reply).not.toContain('weekoverzicht');
      await tick(new Date('2026-12-11T15:30:20Z'));
      expect(pushedTo(user)).toHaveLength(0);
    });

    it('when the pause has no end, then the week already answered is still summed up, once', async () => {
      const user = await seeded(3503);
      await answeredMondayToThursday(user);
      t.clock.now = at('2026-12-11', '07:30');
      expect(JSON.stringify(cardsOf((await t.say(user, 'pauze')).body))).toContain('komt nog wel, op vrijdag 11 december om 16:30');
      await tick(new Date('2026-12-11T15:30:20Z'));
      expect(pushedTo(user)).toHaveLength(1);
      await tick(new Date('2026-12-18T15:30:20Z'));
      expect(pushedTo(user)).toHaveLength(1);
    });
  });

  describe('6. the coach knows when to look', () => {
    async function share(coach: TestUser, coachee: TestUser): Promise<void> {
      const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await t.say(coach, 'coach code')).body)))?.[1];
      await t.say(coachee, `coach ${code ?? ''}`);
      expect(JSON.stringify(invokeCard((await t.act(coachee, 'coach.consent', { code, paradoxes: 'false' })).body))).toContain('Je deelt je trends nu');
    }

    it('when a person has just consented, then the coach view says since when they share and when the first week can appear, and lists no earlier week as too few', async () => {
      const [coach, coachee] = [testUser(3601), testUser(3602)];
      await meet(coach, at('2026-12-01', '10:00'));
      const key = await meet(coachee, at('2026-12-01', '10:00'));
      await share(coach, coachee);
      const first = JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body));
      expect(first).toContain('Deelt sinds 1 december 2026.');
      expect(first).toContain('De eerste week sinds het delen (week 49) kan hier op zondag 13 december verschijnen, als er dan minstens 3 antwoorden in staan.');
      expect(first).not.toContain('te weinig antwoorden');
      expect(first).not.toContain('Deelname: in 0 van de 8');

      for (const localDate of ['2026-12-01', '2026-12-02', '2026-12-03']) await answer(coachee, await promptSent(key, localDate, plain()), at(localDate, '16:00'), { position: '2', role: 'verbinder' });
      t.clock.now = at('2026-12-13', '14:00');
      const later = JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body));
      expect(later).toContain('Deelname: in 1 van 1 afgesloten week minstens 3 vragen beantwoord');
      expect(later).toContain('3 antwoorden: Verbinder 100 %');
      expect(later).not.toContain('kan hier op');
      expect(later).not.toContain('te weinig antwoorden');
    });
  });
});
