import { testUser } from '../support/activities';
import { answersOf, promptFor } from '../support/reflection-chat';
import { invokeCard, invokeNote } from '../support/card-reading';
import { allRows, startTestApp, type TestApp } from '../support/test-app';

describe('daily reflection in personal chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());



  it('when a person answers twice, then one answer is kept with the latest values', async () => {
    const user = testUser(11);
    const { deliveryId, role, otherRole } = await promptFor(t, user);
    const first = await t.act(user, 'reflection.answer', { deliveryId, position: '2', role, note: 'eerste gedachte' });
    expect(JSON.stringify(invokeCard(first.body))).toContain('Opgeslagen');
    const second = await t.act(user, 'reflection.answer', { deliveryId, position: '4', role: otherRole, note: 'toch anders' });
    expect(JSON.stringify(invokeCard(second.body))).toContain('toch anders');
    const answers = await answersOf(t, user);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ position: 4, roleId: otherRole, note: 'toch anders' });
  });

  it('when card data carries a forged userId, then the answer is stored for the sender only', async () => {
    const sender = testUser(12);
    const victim = testUser(13);
    await t.say(victim, 'hulp');
    const { deliveryId, role } = await promptFor(t, sender);
    await t.act(sender, 'reflection.answer', { deliveryId, position: '3', role, userId: victim.aadObjectId, aadObjectId: victim.aadObjectId, tenantId: 'other' });
    expect(await answersOf(t, sender)).toHaveLength(1);
    expect(await answersOf(t, victim)).toHaveLength(0);
  });

  it("when a person answers someone else's delivery id, then nothing is written", async () => {
    const owner = testUser(14);
    const intruder = testUser(15);
    const { deliveryId, role } = await promptFor(t, owner);
    await t.say(intruder, 'hulp');
    const response = await t.act(intruder, 'reflection.answer', { deliveryId, position: '3', role });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Deze kaart is niet meer geldig');
    expect(await answersOf(t, intruder)).toHaveLength(0);
    expect(await answersOf(t, owner)).toHaveLength(0);
  });

  it('when the note is longer than 1000 characters, then it is refused on the card and nothing is written', async () => {
    const user = testUser(16);
    const { deliveryId, role } = await promptFor(t, user);
    const response = await t.act(user, 'reflection.answer', { deliveryId, position: '3', role, note: 'x'.repeat(1001) });
    expect(JSON.stringify(invokeCard(response.body))).toContain('langer dan 1000 tekens');
    expect(await answersOf(t, user)).toHaveLength(0);
  });

  it('when the role is not one of the choices, then it is refused and nothing is written', async () => {
    const user = testUser(17);
    const { deliveryId } = await promptFor(t, user);
    const response = await t.act(user, 'reflection.answer', { deliveryId, position: '3', role: 'keizer' });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Die keuze ken ik niet');
    expect(await answersOf(t, user)).toHaveLength(0);
  });

  it('when the person edits, then the card reopens filled in with the stored answer', async () => {
    const user = testUser(18);
    const { deliveryId, role } = await promptFor(t, user);
    await t.act(user, 'reflection.answer', { deliveryId, position: '5', role, note: 'rustig gesprek' });
    const edit = JSON.stringify(invokeCard((await t.act(user, 'reflection.edit', { deliveryId })).body));
    expect(edit).toContain('"value":"5"');
    expect(edit).toContain('rustig gesprek');
  });

  it('when a person snoozes twice, then the second snooze is refused and one snooze is scheduled', async () => {
    const user = testUser(19);
    const { deliveryId } = await promptFor(t, user);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.snooze', { deliveryId })).body))).toContain('nog een keer');
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.snooze', { deliveryId })).body))).toContain('al een keer uitgesteld');
    const snoozes = (await allRows(t.tables)).filter((r) => r.table === 'due' && String(r.rowKey).startsWith('snooze_') && String(r.personKey).includes(user.aadObjectId));
    expect(snoozes).toHaveLength(1);
  });

  it('when a person skips, then the delivery is marked and no answer exists', async () => {
    const user = testUser(20);
    const { deliveryId } = await promptFor(t, user);
    expect(JSON.stringify(invokeCard((await t.act(user, 'reflection.skip', { deliveryId })).body))).toContain('vandaag niet');
    const delivery = (await allRows(t.tables)).find((r) => r.table === 'deliveries' && String(r.partitionKey).includes(user.aadObjectId) && r.rowKey === deliveryId);
    expect(delivery?.skipped).toBe(true);
  });

  it('when the verb is unknown or the payload malformed, then an error card (a note for an unknown verb, whose card stays) comes back and nothing is written', async () => {
    const user = testUser(21);
    await t.say(user, 'hulp');
    const before = (await allRows(t.tables)).length;
    expect(invokeNote((await t.act(user, 'launchMissiles', {})).body)).toContain('niet meer geldig');
    for (const [verb, data] of [['answer', 'not an object'], ['answer', { deliveryId: '../../etc' }], ['edit', null]] as const) {
      const response = await t.act(user, verb, data);
      expect(response.status).toBe(200);
      expect(JSON.stringify(invokeCard(response.body))).toContain('Dat ging niet goed');
    }
    expect((await allRows(t.tables)).length).toBe(before);
  });
});
