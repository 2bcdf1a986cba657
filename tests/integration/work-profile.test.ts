import { findPrompt } from '../../src/content/library-lookup';
import { fitsProfile, promptTextFor } from '../../src/domain/content-fit';
import { readSummaryRows, summaryFromRows, summaryWeekStart } from '../../src/features/summary/build-summary';
import { invokeActivity, personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, choicesOf, findData, invokeCard } from '../support/card-reading';
import { answersOf } from '../support/reflection-chat';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(180_000);

const base = { days: '1,2,3,4,5', time: '16:00', timeZone: 'Europe/Amsterdam', locale: 'nl', lens: 'ideaaltypen', summaryDay: '5', summaryTime: '16:30', skipHolidays: 'true' };
const gemeente = { ...base, layer: 'gemeente', kindsOfWork: 'uitvoering', leadsPeople: 'false' };
const PROFILE = { layer: 'gemeente', kindsOfWork: ['uitvoering'], leadsPeople: false } as const;
const DAY_MS = 24 * 3600_000;

/** The text of the card's question block: the TextBlock with size Medium. */
function questionOf(card: unknown): string {
  const found = JSON.stringify(card).match(/"text":"((?:[^"\\]|\\.)*)","wrap":true,"size":"Medium"/);
  return found?.[1] ? (JSON.parse(`"${found[1]}"`) as string) : '';
}

describe('who you are at work: settings, fitting prompts, "speelde vandaag niet"', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = new Date('2026-11-02T09:00:00Z');
  });
  afterAll(async () => t.close());

  const save = (user: TestUser, data: unknown) => t.post(invokeActivity(user, 'settings.save', data, { serviceUrl: t.connector.url }));
  const storedSettings = async (user: TestUser): Promise<Record<string, unknown>> => {
    const row = (await allRows(t.tables)).find((r) => r.table === 'people' && String(r.partitionKey).includes(user.aadObjectId));
    return JSON.parse(String(row?.settings)) as Record<string, unknown>;
  };

  it('when a person saves layer, kinds of work and leading people, then they are stored and shown back; a profile without them reads the defaults', async () => {
    const user = testUser(2201);
    const first = JSON.stringify(cardsOf((await t.say(user, 'instellingen')).body)[0]);
    // A profile that never chose: Rijk, beleid, no team.
    expect(first).toContain('"id":"layer","label":"Bij welke overheid werk je?","style":"compact","value":"rijk"');
    expect(first).toContain('"id":"kindsOfWork"');
    expect(first).toContain('"value":"beleid"');
    expect(await storedSettings(user)).not.toHaveProperty('layer');

    const saved = JSON.stringify(invokeCard((await save(user, { ...gemeente, kindsOfWork: 'toezicht,uitvoering', leadsPeople: 'true' })).body));
    expect(saved).toContain('Opgeslagen');
    expect(await storedSettings(user)).toMatchObject({ layer: 'gemeente', kindsOfWork: ['uitvoering', 'toezicht'], leadsPeople: true });
    const shown = JSON.stringify(cardsOf((await t.say(user, 'instellingen')).body)[0]);
    expect(shown).toContain('"value":"gemeente"');
    expect(shown).toContain('"value":"uitvoering,toezicht"');
    expect(shown).toMatch(/"id":"leadsPeople","label":"Leidinggeven","title":"Ik geef leiding aan mensen","value":"true"/);
  });

  it.each([
    ['layer', { layer: 'ministerie' }],
    ['kind of work', { kindsOfWork: 'beleid,handhaving' }],
    ['leading people', { leadsPeople: 'ja' }],
  ])('when the %s is not one of the choices, then nothing is saved', async (_name, change) => {
    const user = testUser(2202);
    await t.say(user, 'hulp');
    const before = await storedSettings(user);
    const card = JSON.stringify(invokeCard((await save(user, { ...gemeente, ...change })).body));
    expect(card).toContain('Een van de keuzes klopt niet');
    expect(await storedSettings(user)).toEqual(before);
  });

  it('when gemeente + uitvoering + no team reflects every day for a month, then every prompt fits, in gemeente words, and "speelde vandaag niet" stays out of the positions', async () => {
    const user = testUser(2203);
    await t.say(user, 'hulp');
    expect(JSON.stringify(invokeCard((await save(user, gemeente)).body))).toContain('Opgeslagen');
    const library = t.app.services.content;
    const start = new Date('2026-11-02T09:00:00Z').getTime();
    const seen: string[] = [];
    let notPlayed = 0;
    for (let day = 0; day < 30; day += 1) {
      t.clock.now = new Date(start + day * DAY_MS);
      const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
      const deliveryId = findData(card, 'deliveryId') ?? '';
      const delivery = await t.app.services.deliveries.get(personKeyOf(user), deliveryId);
      const prompt = findPrompt(library, delivery?.promptId ?? '');
      if (!prompt) throw new Error(`no prompt delivered on day ${day}`);
      seen.push(prompt.id);
      expect([prompt.id, fitsProfile(prompt, PROFILE)]).toEqual([prompt.id, true]);
      expect(questionOf(card)).toBe(promptTextFor(prompt, 'gemeente', 'nl'));
      if (prompt.layerText?.gemeente) expect(questionOf(card)).not.toBe(prompt.text.nl);
      // The card offers "speelde vandaag niet" exactly when the prompt is conditional.
      expect(choicesOf(card, 'position').includes('0')).toBe(prompt.conditional);
      const [role] = choicesOf(card, 'role');
      const position = prompt.conditional ? '0' : '4';
      if (prompt.conditional) notPlayed += 1;
      const reply = JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId, position, role, tactic: '' })).body));
      expect(reply).toContain(prompt.conditional ? 'Speelde vandaag niet' : 'Opgeslagen');
    }
    expect(new Set(seen).size).toBe(30);
    expect(notPlayed).toBeGreaterThan(0);

    const answers = await answersOf(t, user);
    expect(answers).toHaveLength(30);
    expect(answers.filter((a) => a.position === 0)).toHaveLength(notPlayed);

    // The summary of the last week counts the answers but puts only the played ones on the scale.
    const person = await t.app.services.people.get(personKeyOf(user));
    if (!person) throw new Error('no person');
    const weekStart = summaryWeekStart(t.clock.now, 'Europe/Amsterdam', 'last');
    const rows = await readSummaryRows(t.app.services, person, weekStart);
    const summary = summaryFromRows(t.app.services, person, weekStart, rows);
    const inWeek = rows.answers.filter((a) => a.localDate >= weekStart && a.localDate <= summary.weekEnd);
    const played = inWeek.filter((a) => a.position !== 0);
    expect(inWeek).toHaveLength(7);
    expect(summary.answers).toBe(7);
    expect(summary.paradoxes.reduce((n, p) => n + p.answers, 0)).toBe(played.length);
    for (const p of summary.paradoxes) expect(p.average).toBe(4);
  });

  it('when a prompt is not conditional, then "speelde vandaag niet" is refused and nothing is written', async () => {
    const user = testUser(2204);
    await t.say(user, 'hulp');
    await save(user, gemeente);
    let refused = false;
    for (let day = 0; day < 10 && !refused; day += 1) {
      t.clock.now = new Date(Date.parse('2026-12-07T09:00:00Z') + day * DAY_MS);
      const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
      if (choicesOf(card, 'position').includes('0')) continue;
      const [role] = choicesOf(card, 'role');
      const reply = JSON.stringify(invokeCard((await t.act(user, 'reflection.answer', { deliveryId: findData(card, 'deliveryId'), position: '0', role })).body));
      expect(reply).toContain('Die keuze ken ik niet');
      refused = true;
    }
    expect(refused).toBe(true);
    expect(await answersOf(t, user)).toHaveLength(0);
  });
});
