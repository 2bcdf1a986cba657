import { testUser, type TestUser } from '../support/activities';
import { cardsOf, choicesOf, findData, invokeCard } from '../support/card-reading';
import { answersOf, promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** Tuesday 24 November 2026, 10:00 in Amsterdam. */
const TUESDAY = new Date('2026-11-24T09:00:00Z');

/** What an answer must hold, what is stored of it, and the cards around it. */
describe('an answer, checked and stored', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.now = TUESDAY;
  });
  afterAll(async () => t.close());

  const reply = async (user: TestUser, verb: string, data: Record<string, unknown>): Promise<Record<string, unknown>> => invokeCard((await t.act(user, verb, data)).body);
  const verbsOf = (card: unknown): string[] => [...JSON.stringify(card).matchAll(/"verb":"([a-zA-Z.]+)"/g)].map((m) => m[1] ?? '');
  /** The value an input of the card is filled in with. */
  const inputValue = (card: unknown, id: string): unknown => {
    let found: unknown;
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const r = node as Record<string, unknown>;
      if (r.id === id && typeof r.type === 'string' && r.type.startsWith('Input.')) found = r.value;
      Object.values(r).forEach(walk);
    };
    walk(card);
    return found;
  };

  /** A person whose question today is (or is not) one that may not have come up today. */
  async function personWith(conditional: boolean, from: number): Promise<{ user: TestUser; deliveryId: string; ticket: string; role: string }> {
    for (let n = from; n < from + 60; n += 1) {
      const user = testUser(n);
      const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
      if (choicesOf(card, 'position').includes('0') !== conditional) continue;
      const [role] = choicesOf(card, 'role');
      return { user, deliveryId: findData(card, 'deliveryId') ?? '', ticket: findData(card, 'ticket') ?? '', role: role ?? '' };
    }
    throw new Error('no such prompt among 60 people');
  }

  it.each([
    ['no position', { position: '' }, 'Kies waar je stond.'],
    ['a position off the scale', { position: '7' }, 'Kies waar je stond.'],
    ['no role', { role: '' }, 'Kies een rol.'],
    ['a role of no lens', { role: 'keizer' }, 'Die keuze ken ik niet. Kies een van de opties op de kaart.'],
    ['a tactic that does not exist', { tactic: 'omkopen' }, 'Die keuze ken ik niet. Kies een van de opties op de kaart.'],
    ['a note with a control character', { note: 'eerst\u0007dan' }, 'tekens die ik niet kan opslaan'],
  ])('when the answer has %s, then the question comes back with what they typed and why, and nothing is written', async (label, change, why) => {
    const user = testUser(2640 + label.length);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    const typed = { deliveryId, ticket, position: '2', role, tactic: '', note: 'wat ik typte', ...change };
    const card = await reply(user, 'reflection.answer', typed);
    // Why, on top of the card (the inputs' own error messages are always in it).
    const [top] = (card.body as { text?: string; color?: string }[]).filter((item) => item.color === 'Attention');
    expect(top?.text).toContain(why);
    expect([inputValue(card, 'position'), inputValue(card, 'role'), inputValue(card, 'note')]).toEqual([typed.position, typed.role, typed.note]);
    expect(findData(card, 'deliveryId')).toBe(deliveryId);
    // The question again, to answer: not to snooze or put aside from here.
    expect(verbsOf(card)).toEqual(['reflection.answer']);
    expect(await answersOf(t, user)).toHaveLength(0);
  });

  it('when "speelde vandaag niet" is sent for a question that always comes up, then it is refused and nothing is written', async () => {
    // Late June: no moment of the political calendar, whose questions may not come up every day.
    t.clock.now = new Date('2026-06-23T09:00:00Z');
    const { user, deliveryId, ticket, role } = await personWith(false, 2700);
    expect(JSON.stringify(await reply(user, 'reflection.answer', { deliveryId, ticket, position: '0', role }))).toContain('Die keuze ken ik niet');
    expect(await answersOf(t, user)).toHaveLength(0);
    t.clock.now = TUESDAY;
  });

  it('when an answer is stored, then its note is trimmed, "Geen" stores no tactic, an empty note stores none, and the card shows it saved', async () => {
    const first = await promptFor(t, testUser(2691));
    const card = JSON.stringify(await reply(testUser(2691), 'reflection.answer', { deliveryId: first.deliveryId, ticket: first.ticket, position: '4', role: first.role, tactic: 'none', note: '  rustig gesprek \n' }));
    expect(card).toContain('Opgeslagen');
    const [row] = await answersOf(t, testUser(2691));
    expect(row).toMatchObject({ position: 4, roleId: first.role, note: 'rustig gesprek', localDate: '2026-11-24', deliveryId: first.deliveryId, answeredAt: TUESDAY.toISOString() });
    expect(row).not.toHaveProperty('tacticId');
    const second = await promptFor(t, testUser(2692));
    await reply(testUser(2692), 'reflection.answer', { deliveryId: second.deliveryId, ticket: second.ticket, position: '1', role: second.role, note: '   ' });
    expect((await answersOf(t, testUser(2692)))[0]).not.toHaveProperty('note');
  });

  it('when a tactic is chosen, then it is stored with the answer', async () => {
    const user = testUser(2693);
    const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    const [tactic] = choicesOf(card, 'tactic').filter((v) => v !== 'none' && v !== '');
    const [role] = choicesOf(card, 'role');
    await reply(user, 'reflection.answer', { deliveryId: findData(card, 'deliveryId'), ticket: findData(card, 'ticket'), position: '3', role, tactic });
    expect((await answersOf(t, user))[0]).toMatchObject({ tacticId: tactic });
  });

  it('when today’s answer is opened for editing, then the card holds the stored answer and only the answer button; a question never answered opens empty', async () => {
    const user = testUser(2694);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId, ticket, position: '5', role, note: 'eerder' });
    const edit = await reply(user, 'reflection.edit', { deliveryId });
    expect([inputValue(edit, 'position'), inputValue(edit, 'role'), inputValue(edit, 'note')]).toEqual(['5', role, 'eerder']);
    expect(verbsOf(edit)).toEqual(['reflection.answer']);
    const other = testUser(2695);
    const open = await promptFor(t, other);
    const empty = await reply(other, 'reflection.edit', { deliveryId: open.deliveryId });
    expect([inputValue(empty, 'position'), inputValue(empty, 'note')]).toEqual(['', '']);
    expect(verbsOf(empty)).toEqual(['reflection.answer']);
  });

  it('when an answer with a tactic and no note, or "speelde vandaag niet", is opened for editing, then what was chosen comes back and what was left open stays empty', async () => {
    const user = testUser(2780);
    const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    const [tactic] = choicesOf(card, 'tactic').filter((v) => v !== 'none' && v !== '');
    const [role] = choicesOf(card, 'role');
    const deliveryId = findData(card, 'deliveryId');
    await reply(user, 'reflection.answer', { deliveryId, ticket: findData(card, 'ticket'), position: '2', role, tactic });
    const edit = await reply(user, 'reflection.edit', { deliveryId });
    expect([inputValue(edit, 'position'), inputValue(edit, 'role'), inputValue(edit, 'tactic'), inputValue(edit, 'note')]).toEqual(['2', role, tactic, '']);

    const notPlayed = await personWith(true, 2781);
    await reply(notPlayed.user, 'reflection.answer', { deliveryId: notPlayed.deliveryId, ticket: notPlayed.ticket, position: '0' });
    const again = await reply(notPlayed.user, 'reflection.edit', { deliveryId: notPlayed.deliveryId });
    expect([inputValue(again, 'position'), inputValue(again, 'role'), inputValue(again, 'tactic'), inputValue(again, 'note')]).toEqual(['0', '', '', '']);
  });

  it('when reflecteer comes again after a snooze, then the same question comes without the snooze button, and with "Vandaag niet"', async () => {
    const user = testUser(2696);
    const { deliveryId } = await promptFor(t, user);
    await reply(user, 'reflection.snooze', { deliveryId });
    const again = cardsOf((await t.say(user, 'reflecteer')).body)[0];
    expect(findData(again, 'deliveryId')).toBe(deliveryId);
    expect(verbsOf(again)).toEqual(['reflection.answer', 'reflection.skip']);
  });

  it('when an extra question is asked after today’s answer, then it holds nothing of the day and has no snooze and no "Vandaag niet"', async () => {
    const user = testUser(2697);
    const first = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId: first.deliveryId, ticket: first.ticket, position: '3', role: first.role });
    // An extra question opens below in the chat (issue 27): the card the click posted.
    const { posted } = await t.act(user, 'reflection.extra', { from: 'today' });
    expect(posted).toHaveLength(1);
    const extra = posted[0];
    expect(findData(extra, 'ticket')?.split('.')).toHaveLength(4);
    expect(verbsOf(extra)).toEqual(['reflection.answer']);
  });

  it('when a role is asked for after today’s answer, then an extra question comes, not today’s answer again', async () => {
    const user = testUser(2698);
    const first = await promptFor(t, user);
    await reply(user, 'reflection.answer', { deliveryId: first.deliveryId, ticket: first.ticket, position: '3', role: first.role });
    await t.act(user, 'reflection.asRole', { roleId: 'verbinder' });
    const asked = t.connector.sentTo(`personal-${user.id}`);
    expect(findData(asked[asked.length - 1], 'deliveryId')).toMatch(/^2026-11-24_extra_[0-9a-f]{8}$/);
  });

  it('when the person moved to a zone where the question’s day has not begun, then an answer to it is refused and nothing is written', async () => {
    const user = testUser(2699);
    // Wednesday 00:30 in Amsterdam: the question is Wednesday's…
    t.clock.now = new Date('2026-11-24T23:30:00Z');
    const { deliveryId, ticket, role } = await promptFor(t, user);
    expect(deliveryId.startsWith('2026-11-25')).toBe(true);
    // …but in New York it is still Tuesday evening.
    const key = `${'00000000-0000-0000-0000-0000000000aa'}_${user.aadObjectId}`;
    const person = await t.app.services.people.get(key);
    if (!person) throw new Error('no profile');
    await t.app.services.people.saveSettings(key, { ...person.settings, timeZone: 'America/New_York' });
    t.clock.now = new Date('2026-11-24T23:31:00Z');
    expect(JSON.stringify(await reply(user, 'reflection.answer', { deliveryId, ticket, position: '3', role }))).toContain('Deze vraag is verlopen');
    expect(await answersOf(t, user)).toHaveLength(0);
    t.clock.now = TUESDAY;
  });
});
