import type { Answer } from '../../src/domain/answer';
import { runTick } from '../../src/scheduler/tick';
import { personKey } from '../../src/store/keys';
import { messageActivity, TENANT, testUser, type TestUser } from '../support/activities';
import { cardsOf } from '../support/card-reading';
import { cardProblems } from '../support/card-validation';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

const FIRST_DAY = new Date('2025-12-01T10:00:00Z'); // Monday: the first week of use
const THIRTEENTH_WEEK = new Date('2026-02-26T12:00:00Z'); // Thursday of the 13th week of use
const SUMMARY_DUE = new Date('2026-02-27T15:30:00Z'); // Friday 16:30 in Amsterdam

function answer(n: number, localDate: string, roleId: string, position: Answer['position'], note?: string): Answer {
  return { deliveryId: `reflect-${n}`, promptId: 'p-mo-1', paradoxId: 'maakbaar-open', position, lens: 'ideaaltypen', roleId, answeredAt: `${localDate}T15:00:00Z`, localDate, ...(note ? { note } : {}) };
}

describe('the quarter mirror with the weekly summary', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  const say = async (user: TestUser, text: string) => cardsOf((await t.post(messageActivity(user, text, { serviceUrl: t.connector.url }))).body);

  async function personOfAQuarter(user: TestUser): Promise<string> {
    t.clock.now = FIRST_DAY;
    await say(user, 'hulp');
    const key = personKey(TENANT, user.aadObjectId);
    const answers = [
      answer(1, '2025-12-02', 'bureaucraat', 1, 'Eerst de regels op een rij'),
      answer(2, '2025-12-09', 'bureaucraat', 2),
      answer(3, '2026-01-06', 'ondernemer', 3),
      answer(4, '2026-02-17', 'verbinder', 4, 'Samen met de wijk'),
      answer(5, '2026-02-24', 'verbinder', 5),
    ];
    for (const a of answers) await t.app.services.answers.save(key, a);
    t.clock.now = THIRTEENTH_WEEK;
    return key;
  }

  it('when the 13th week of use is summed up, then the summary carries the kwartaalspiegel, on demand and when scheduled', async () => {
    const user = testUser(9201);
    const key = await personOfAQuarter(user);
    // One answer in the week so far: last week's summary comes first, this week's (with the mirror) after it.
    const [lastWeek, card] = await say(user, 'samenvatting');
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(lastWeek)).not.toContain('kwartaalspiegel');
    const text = JSON.stringify(card);
    expect(text).toContain('Je kwartaalspiegel');
    expect(text).toContain('5 antwoorden');
    expect(text).toContain('"verb":"history.open"');

    // Last week is week 12 of use: no mirror there.
    expect(JSON.stringify((await say(user, 'samenvatting vorige week'))[0])).not.toContain('kwartaalspiegel');

    t.connector.clear();
    await t.app.services.due.schedule(key, 'summary', SUMMARY_DUE);
    t.clock.now = new Date(SUMMARY_DUE.getTime() + 20_000);
    const report = await runTick(t.app.ticker, t.clock.now);
    expect(report.sent.map((s) => s.kind)).toEqual(['summary']);
    const sent = JSON.stringify(t.connector.sentTo(`personal-${user.id}`));
    expect(sent).toContain('Je kwartaalspiegel');
  });

  it('when the person switched the mirror off, then the summary comes without it', async () => {
    const user = testUser(9202);
    const key = await personOfAQuarter(user);
    const person = await t.app.services.people.get(key);
    if (!person) throw new Error('no person');
    await t.app.services.people.saveSettings(key, { ...person.settings, quarterMirror: false });
    const text = JSON.stringify((await say(user, 'samenvatting'))[0]);
    expect(text).toContain('Verbinder');
    expect(text).not.toContain('kwartaalspiegel');
  });
});
