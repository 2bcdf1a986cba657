import { personKeyOf, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';
import { coachWindow } from '../../src/domain/coach-trend';

const NOW = new Date('2026-03-04T12:00:00Z');
const SECRET = 'GEHEIME-NOTITIE';

describe('the coach view', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = NOW;
  });
  afterAll(async () => t.close());

  const auditRowsOf = async (user: TestUser) => (await allRows(t.tables)).filter((r) => r.table === 'coachViews' && r.partitionKey === personKeyOf(user));
  const view = async (coach: TestUser) => JSON.stringify(cardsOf((await t.say(coach, 'coachees')).body));

  async function share(coach: TestUser, coachee: TestUser, paradoxes: 'true' | 'false'): Promise<void> {
    const code = /"id":"coachCode","text":"([A-Z2-9]{7})"/.exec(JSON.stringify(cardsOf((await t.say(coach, 'coach code')).body)))?.[1];
    await t.say(coachee, `coach ${code ?? ''}`);
    expect(JSON.stringify(invokeCard((await t.act(coachee, 'coach.consent', { code, paradoxes })).body))).toContain('Je deelt je trends nu');
  }

  /** Three answers on one paradox in each of two completed weeks, each with a private note. */
  async function answer(user: TestUser): Promise<void> {
    await t.say(user, 'hulp');
    const days = ['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-16', '2026-02-17', '2026-02-18'];
    for (const [i, localDate] of days.entries()) {
      await t.app.services.answers.save(personKeyOf(user), {
        deliveryId: `${localDate}_prompt`,
        promptId: 'any',
        paradoxId: 'maakbaar-open',
        position: 2,
        lens: 'ideaaltypen',
        roleId: i === 0 ? 'bureaucraat' : 'verbinder',
        note: `${SECRET} ${i}`,
        answeredAt: `${localDate}T15:00:00.000Z`,
        localDate,
      });
    }
  }

  /** The card container that belongs to one person, as text. */
  const sectionOf = (card: string, name: string) => JSON.stringify((JSON.parse(card) as { body: unknown[] }[])[0]?.body.find((b) => JSON.stringify(b).includes(`"text":"${name}"`)) ?? null);

  it('when nobody consented, then the coach sees no one and nothing is audited', async () => {
    const coach = testUser(201);
    const stranger = testUser(202);
    await answer(stranger);
    const card = await view(coach);
    expect(card).toContain('Nog niemand deelt trends met je');
    expect(card).not.toContain(stranger.name);
    expect(await auditRowsOf(stranger)).toHaveLength(0);
    expect(await t.app.services.coach.views.viewAsCoach(personKeyOf(coach), coachWindow(NOW), NOW)).toEqual({ coachees: [], stopped: [] });
  });

  it('when one person shares with another coach, then this coach still sees nothing of them', async () => {
    const [coach, otherCoach, coachee] = [testUser(203), testUser(204), testUser(205)];
    await answer(coachee);
    await share(otherCoach, coachee, 'true');
    await t.say(coach, 'hulp');
    expect(await view(coach)).not.toContain(coachee.name);
    expect(await view(otherCoach)).toContain(coachee.name);
  });

  it('when the person did not tick paradoxes, then the coach sees roles and participation only, and never notes', async () => {
    const [coach, plain, withParadoxes] = [testUser(206), testUser(207), testUser(208)];
    await answer(plain);
    await answer(withParadoxes);
    await share(coach, plain, 'false');
    await share(coach, withParadoxes, 'true');
    const card = await view(coach);
    expect(card).not.toContain(SECRET);
    expect(sectionOf(card, plain.name)).toContain('Chart.VerticalBar.Grouped');
    expect(sectionOf(card, plain.name)).toContain('Verbinder 100%');
    // The two weeks from before the consent with enough answers; the others from before it are not listed.
    expect(sectionOf(card, plain.name)).toContain('in 2 van de 2 afgesloten weken');
    expect(sectionOf(card, plain.name)).not.toContain('Vooraf regelen');
    expect(sectionOf(card, withParadoxes.name)).toContain('Vooraf regelen ↔ Laten ontstaan');
    expect(sectionOf(card, withParadoxes.name)).toContain('2,0 (3 antwoorden)');
    const data = await t.app.services.coach.views.viewAsCoach(personKeyOf(coach), coachWindow(NOW), NOW);
    expect(JSON.stringify(data)).not.toMatch(/note|GEHEIM|promptId|deliveryId/);
  });

  it('when a person stops sharing, then the next view no longer includes them and tells the coach once', async () => {
    const [coach, coachee] = [testUser(209), testUser(210)];
    await answer(coachee);
    await share(coach, coachee, 'false');
    expect(sectionOf(await view(coach), coachee.name)).toContain('Chart.VerticalBar.Grouped');
    const overview = cardsOf((await t.say(coachee, 'coach')).body)[0];
    const stopped = await t.act(coachee, 'coach.stop', { coachKey: findData(overview, 'coachKey') });
    expect(JSON.stringify(invokeCard(stopped.body))).toContain('Je deelt niet meer met Test Persoon 209');
    const next = await view(coach);
    expect(next).toContain(`${coachee.name} deelt niet meer met je.`);
    expect(next).not.toContain('Chart.VerticalBar.Grouped');
    expect(await view(coach)).not.toContain(coachee.name);
    expect(await auditRowsOf(coachee)).toHaveLength(1);
  });

  it('when the coach looks, then each view writes one audit row that the person reads on their coach card', async () => {
    const [coach, coachee] = [testUser(211), testUser(212)];
    await share(coach, coachee, 'false');
    await view(coach);
    t.clock.now = new Date('2026-03-04T14:30:00Z');
    await view(coach);
    t.clock.now = NOW;
    const rows = await auditRowsOf(coachee);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.coachKey === personKeyOf(coach))).toBe(true);
    const card = JSON.stringify(cardsOf((await t.say(coachee, 'coach')).body));
    expect(card).toContain('Ziet: rollen en deelname per week');
    expect(card).toContain('"title":"Test Persoon 211","value":"4 maart 2026, 15:30"');
    expect(card).toContain('"title":"Test Persoon 211","value":"4 maart 2026, 13:00"');
  });

  it('when someone sends a stop with another person\'s coach key, then only their own consent could be touched', async () => {
    const [coach, coachee, intruder] = [testUser(213), testUser(214), testUser(215)];
    await share(coach, coachee, 'false');
    await t.say(intruder, 'hulp');
    expect(JSON.stringify(invokeCard((await t.act(intruder, 'coach.stop', { coachKey: personKeyOf(coach) })).body))).toContain('deelde al niet');
    expect(JSON.stringify(invokeCard((await t.act(intruder, 'coach.stop', { coachKey: "x' or 'a'='a" })).body))).toContain('Deze kaart is niet meer geldig');
    expect(await view(coach)).toContain(coachee.name);
  });

  it('when a person confirms coach stop, then every coach loses them at once', async () => {
    const [coachA, coachB, coachee] = [testUser(216), testUser(217), testUser(218)];
    await share(coachA, coachee, 'false');
    await share(coachB, coachee, 'true');
    expect(JSON.stringify(cardsOf((await t.say(coachee, 'coach stop')).body))).toContain('Je deelt nu met 2 coaches');
    expect(await view(coachA)).toContain(coachee.name);
    expect(JSON.stringify(invokeCard((await t.act(coachee, 'coach.stopAll', {})).body))).toContain('Je deelt met niemand meer');
    expect(await view(coachA)).toContain(`${coachee.name} deelt niet meer met je.`);
    expect(await view(coachB)).toContain(`${coachee.name} deelt niet meer met je.`);
    expect(JSON.stringify(cardsOf((await t.say(coachee, 'coach stop')).body))).toContain('Je deelt je trends met niemand');
  });
});
