import { personKeyOf, testUser } from '../support/activities';
import { answersOf, promptFor } from '../support/reflection-chat';
import { invokeCard } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';

/** Answers carry a signed ticket with the delivery's facts, so the common answer is one write. */
describe('answers with a delivery ticket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());



  it('when the answer carries its card’s ticket, then it is stored without reading the delivery', async () => {
    const user = testUser(41);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    const delivery = await t.app.services.deliveries.get(personKeyOf(user), deliveryId);
    // With the delivery row gone, only the ticket can tell the bot which prompt this answers.
    await t.tables.table('deliveries').deleteEntity(personKeyOf(user), deliveryId);
    const response = await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '2', role });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Opgeslagen');
    const answers = await answersOf(t, user);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ promptId: delivery?.promptId, lens: delivery?.lens, localDate: delivery?.localDate, roleId: role });
  });

  it('when the answer has no ticket (a card from before tickets), then the delivery is read and the answer stored', async () => {
    const user = testUser(42);
    const { deliveryId, role } = await promptFor(t, user);
    const response = await t.act(user, 'reflection.answer', { deliveryId, position: '3', role });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Opgeslagen');
    expect(await answersOf(t, user)).toHaveLength(1);
  });

  it('when someone answers another person’s card with its ticket, then nothing is written', async () => {
    const owner = testUser(43);
    const intruder = testUser(44);
    const { deliveryId, ticket, role } = await promptFor(t, owner);
    await t.say(intruder, 'hulp');
    const response = await t.act(intruder, 'reflection.answer', { deliveryId, ticket, position: '3', role });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Deze kaart is niet meer geldig');
    expect(await answersOf(t, intruder)).toHaveLength(0);
    expect(await answersOf(t, owner)).toHaveLength(0);
  });

  it('when the ticket was altered to name another prompt, then the stored delivery decides what is answered', async () => {
    const user = testUser(45);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    const delivery = await t.app.services.deliveries.get(personKeyOf(user), deliveryId);
    const other = t.app.services.content.prompts.find((p) => p.id !== delivery?.promptId && p.roleId === undefined);
    const [, ...rest] = ticket.split('.');
    const forged = [other?.id, ...rest].join('.');
    await t.act(user, 'reflection.answer', { deliveryId, ticket: forged, position: '4', role });
    const answers = await answersOf(t, user);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.promptId).toBe(delivery?.promptId);
  });

  it('when a person deleted their data and then answers an old card, then nothing is written', async () => {
    const user = testUser(46);
    const { deliveryId, ticket, role } = await promptFor(t, user);
    await t.app.services.deliveries.deleteAll(personKeyOf(user));
    await t.app.services.people.delete(personKeyOf(user));
    // A new profile is made on this click, a moment later; the old card's ticket belongs to the deleted one.
    t.clock.now = new Date(t.clock.now.getTime() + 1000);
    const response = await t.act(user, 'reflection.answer', { deliveryId, ticket, position: '3', role });
    expect(JSON.stringify(invokeCard(response.body))).toContain('Je gegevens zijn gewist');
    expect(await answersOf(t, user)).toHaveLength(0);
  });
});
