import { installActivity, testUser, type TestUser } from '../support/activities';
import { cardsOf, findData, invokeCard, invokeNote, openedCard } from '../support/card-reading';
import { promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(90_000);

const DAY_MS = 24 * 3600_000;

/** Every Action.Execute of a card: its verb and data, as a click would send them. */
function buttonsOf(card: unknown): { title: string; verb: string; data: unknown }[] {
  const found: { title: string; verb: string; data: unknown }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const r = node as Record<string, unknown>;
    if (r.type === 'Action.Execute' && typeof r.verb === 'string') found.push({ title: String(r.title), verb: r.verb, data: r.data ?? {} });
    Object.values(r).forEach(walk);
  };
  walk(card);
  return found;
}

/**
 * Issue 27: a button that opens something new posts it below in the chat and leaves the clicked
 * card as it was; only the card being answered or edited changes in place.
 */
describe('what a click does to the card it is on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  /** Answers in November and in the week of Monday 30 November: the first summary of December has figures and the craft question. */
  async function withNovember(user: TestUser): Promise<void> {
    for (const start of ['2026-11-10T15:00:00Z', '2026-11-30T15:00:00Z']) for (let day = 0; day < 3; day += 1) {
      t.clock.now = new Date(Date.parse(start) + day * DAY_MS);
      const prompt = await promptFor(t, user);
      await t.act(user, 'reflection.answer', { deliveryId: prompt.deliveryId, ticket: prompt.ticket, position: '3', role: prompt.role });
    }
  }

  it('when "Vraag van vandaag" is clicked on an older hello card, then the question comes below and the hello card stays', async () => {
    const user = testUser(2701);
    t.clock.now = new Date('2026-11-24T09:00:00Z');
    await t.post(installActivity(user, { serviceUrl: t.connector.url }));
    const hello = cardsOf((await t.say(user, 'hoi')).body)[0];
    await t.say(user, 'hulp');
    const today = buttonsOf(hello).find((b) => b.data !== null && (b.data as { command?: string }).command === 'reflect');
    if (!today) throw new Error('no "Vraag van vandaag" on the hello card');
    const click = await t.act(user, today.verb, today.data);
    expect(invokeNote(click.body)).toBe('Staat hieronder in de chat.');
    expect(findData(openedCard(click), 'deliveryId')).toMatch(/^2026-11-24_reflect_/);
  });

  it('when every button of a weekly summary is clicked, then each opens its card below and the summary is never replaced', async () => {
    const user = testUser(2702);
    await withNovember(user);
    t.clock.now = new Date('2026-12-04T15:30:00Z');
    const summary = cardsOf((await t.say(user, 'samenvatting')).body)[0];
    const buttons = buttonsOf(summary);
    expect(buttons.map((b) => b.verb)).toEqual(expect.arrayContaining(['craft.open', 'history.open', 'settings.open', 'reflection.asRole']));
    for (const button of buttons) {
      const click = await t.act(user, button.verb, button.data);
      expect({ verb: button.verb, status: click.status, type: (click.body as { type?: string }).type }).toEqual({ verb: button.verb, status: 200, type: 'application/vnd.microsoft.activity.message' });
      expect(click.posted.length).toBeGreaterThan(0);
    }
    const craft = openedCard(await t.act(user, 'craft.open', { month: '2026-11' }));
    expect(JSON.stringify(craft)).toContain('"verb":"craft.save"');
  });

  it('when the craft question opened below is saved, then that card updates in place', async () => {
    const user = testUser(2703);
    await withNovember(user);
    t.clock.now = new Date('2026-12-04T15:30:00Z');
    const saved = await t.act(user, 'craft.save', { month: '2026-11', note: 'Ik bleef bij de kern.' });
    expect(saved.posted).toEqual([]);
    expect(JSON.stringify(invokeCard(saved.body))).toContain('Ik bleef bij de kern.');
  });

  it('when a summary button is clicked after the person erased their data, then the summary stays and a note says why', async () => {
    const user = testUser(2704);
    t.clock.now = new Date('2026-11-24T09:00:00Z');
    await t.say(user, 'hoi');
    const confirm = cardsOf((await t.say(user, 'verwijder mijn gegevens')).body)[0];
    await t.act(user, 'delete.confirm', { token: findData(confirm, 'token') });
    const click = await t.act(user, 'history.open', {});
    expect(invokeNote(click.body)).toContain('gewist');
    expect(click.posted).toEqual([]);
    // A card being answered (a daily prompt) says it in its own place.
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.skip', { deliveryId: '2026-11-24_prompt' })).body))).toContain('gewist');
  });
});
