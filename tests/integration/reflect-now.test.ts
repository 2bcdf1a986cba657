import { personKeyOf, testUser } from '../support/activities';
import { cardsOf, findData, invokeCard, invokeNote, openedCard } from '../support/card-reading';
import { promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';
import { countingTables, type CallTally } from '../bench/support/counting-tables';
import { findPrompt } from '../../src/content/library-lookup';

jest.setTimeout(120_000);

/** Tuesday 24 November 2026, 10:00 in Amsterdam. */
const TUESDAY = new Date('2026-11-24T09:00:00Z');

/**
 * A question asked for (`reflecteer`, "Nu reflecteren" under the welcome or a summary, the extra
 * offer, "reflect as <role>"): what comes, what the button's own card is told, and what it costs.
 */
describe('a question asked for', () => {
  let t: TestApp;
  let tally: Map<string, CallTally>;
  beforeAll(async () => {
    t = await startTestApp({}, {
      wrapTables: (tables) => {
        const counted = countingTables(tables);
        tally = counted.tally;
        return counted.tables;
      },
    });
    t.clock.now = TUESDAY;
  });
  afterAll(async () => t.close());

  const verbsOf = (card: unknown): string[] => [...JSON.stringify(card).matchAll(/"verb":"([a-zA-Z.]+)"/g)].map((m) => m[1] ?? '');
  const answer = async (user: ReturnType<typeof testUser>, card: unknown): Promise<void> => {
    const reply = invokeCard((await t.act(user, 'reflection.answer', { deliveryId: findData(card, 'deliveryId'), ticket: findData(card, 'ticket'), position: '3', role: 'verbinder' })).body);
    expect(JSON.stringify(reply)).toContain('Opgeslagen');
  };

  it('when "Nu reflecteren" is clicked on a day without an answer, then the day\'s question opens below, with snooze and "Vandaag niet"; once answered, the answer does', async () => {
    const user = testUser(2901);
    await t.say(user, 'hulp');
    const click = await t.act(user, 'reflection.now', { from: 'summary' });
    expect(invokeNote(click.body)).toBe('Je vraag staat hieronder.');
    const question = openedCard(click);
    expect(findData(question, 'deliveryId')).toMatch(/^2026-11-24_reflect_[0-9a-f]{8}$/);
    expect(verbsOf(question)).toEqual(['reflection.answer', 'reflection.snooze', 'reflection.skip']);
    await answer(user, question);
    const after = await t.act(user, 'reflection.now', { from: 'summary' });
    expect(invokeNote(after.body)).toBe('Je antwoord van vandaag staat hieronder.');
    expect(verbsOf(after.posted[0])).toContain('reflection.edit');
  });

  it('when yesterday\'s offer of an extra question is clicked on a day without an answer, then it brings today\'s question, not an extra one', async () => {
    const user = testUser(2902);
    await t.say(user, 'hulp');
    const card = openedCard(await t.act(user, 'reflection.extra', { from: 'today' }));
    expect(findData(card, 'deliveryId')).toMatch(/^2026-11-24_reflect_[0-9a-f]{8}$/);
    expect(verbsOf(card)).toEqual(['reflection.answer', 'reflection.snooze', 'reflection.skip']);
  });

  it('when reflecteer comes again before a snooze, then the same question still offers the snooze', async () => {
    const user = testUser(2903);
    const first = await promptFor(t, user);
    const again = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    expect(findData(again, 'deliveryId')).toBe(first.deliveryId);
    expect(verbsOf(again)).toEqual(['reflection.answer', 'reflection.snooze', 'reflection.skip']);
  });

  it('when an extra question is asked after the answer, then it is another question than the day\'s, and asking costs the day\'s slot nothing', async () => {
    const user = testUser(2904);
    const day = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    await answer(user, day);
    tally.clear();
    const extra = openedCard(await t.act(user, 'reflection.extra', { from: 'today' }));
    expect(findData(extra, 'deliveryId')).toMatch(/^2026-11-24_extra_[0-9a-f]{8}$/);
    expect(findData(extra, 'ticket')?.split('.')[0]).not.toBe(findData(day, 'ticket')?.split('.')[0]);
    // One write for the question itself; none for the day's slot, which the answer already settled.
    expect(tally.get('deliveries.createEntity')?.calls).toBe(1);
  });

  it('when a question is asked as a role, then it is that role\'s question', async () => {
    const user = testUser(2905);
    await t.say(user, 'hulp');
    await t.act(user, 'reflection.asRole', { roleId: 'verbinder' });
    const asked = t.connector.sentTo(`personal-${user.id}`);
    const promptId = findData(asked[asked.length - 1], 'ticket')?.split('.')[0] ?? '';
    expect(findPrompt(t.app.services.content, promptId)?.roleId).toBe('verbinder');
  });

  it('when today\'s answer is to a question that has since left the content, then reflecteer still shows the answer, without the question\'s text', async () => {
    const user = testUser(2906);
    const day = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    await answer(user, day);
    const key = personKeyOf(user);
    const stored = await t.app.services.answers.dayAnswer(key, '2026-11-24');
    if (!stored) throw new Error('no answer stored');
    await t.app.services.answers.save(key, { ...stored, promptId: 'p-since-removed' });
    const [shown] = cardsOf((await t.say(user, 'reflecteer')).body);
    expect(verbsOf(shown)).toContain('reflection.edit');
    expect(JSON.stringify(shown)).not.toContain('Stryker');
    expect(JSON.stringify(shown)).not.toContain(findPrompt(t.app.services.content, findData(day, 'ticket')?.split('.')[0] ?? '')?.text.nl ?? '—');
  });
});

/** Two instances on the same tables: a click can land on one that read the profile moments before. */
describe('an extra question on another instance', () => {
  const prefix = `extra${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  let left: TestApp;
  let right: TestApp;
  beforeAll(async () => {
    left = await startTestApp({ TABLE_PREFIX: prefix }, { instanceId: 'left' });
    right = await startTestApp({ TABLE_PREFIX: prefix }, { instanceId: 'right' });
  });
  afterAll(async () => Promise.all([left.close(), right.close()]));

  it('when the extra question is asked on an instance that read the profile before the day\'s question, then it is still another question', async () => {
    const user = testUser(2950);
    left.clock.now = new Date('2026-11-23T09:00:00Z');
    await left.say(user, 'reflecteer');
    left.clock.now = TUESDAY;
    right.clock.now = TUESDAY;
    // The right instance reads the profile now (and keeps it for card clicks of the next 30 s).
    await right.act(user, 'settings.open', {});
    const day = cardsOf((await left.say(user, 'reflecteer')).body)[0];
    const reply = invokeCard((await left.act(user, 'reflection.answer', { deliveryId: findData(day, 'deliveryId'), ticket: findData(day, 'ticket'), position: '3', role: 'verbinder' })).body);
    expect(JSON.stringify(reply)).toContain('Opgeslagen');
    const extra = openedCard(await right.act(user, 'reflection.extra', { from: 'today' }));
    expect(findData(extra, 'deliveryId')).toMatch(/^2026-11-24_extra_[0-9a-f]{8}$/);
    expect(findData(extra, 'ticket')?.split('.')[0]).not.toBe(findData(day, 'ticket')?.split('.')[0]);
  });
});
