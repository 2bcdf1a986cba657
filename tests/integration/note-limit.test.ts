import { testUser } from '../support/activities';
import { invokeCard } from '../support/card-reading';
import { answersOf, promptFor } from '../support/reflection-chat';
import { startTestApp, type TestApp } from '../support/test-app';

jest.setTimeout(60_000);

/** The note input of a card. */
function noteInput(card: unknown): { value?: string; maxLength?: number } | undefined {
  let found: { value?: string; maxLength?: number } | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const r = node as Record<string, unknown>;
    if (r.type === 'Input.Text' && r.id === 'note') found = r as { value?: string; maxLength?: number };
    Object.values(r).forEach(walk);
  };
  walk(card);
  return found;
}

/** Issue 27: the note field shows its limit, and a longer note is refused, never cut. */
describe('the limit of a note', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('when a note of 2,144 characters is sent, then nothing is stored and the card comes back with the whole note, the limit and why', async () => {
    const user = testUser(2771);
    const prompt = await promptFor(t, user);
    const note = 'Een lange notitie over het overleg. '.repeat(60).slice(0, 2144);
    const response = await t.act(user, 'reflection.answer', { deliveryId: prompt.deliveryId, ticket: prompt.ticket, position: '2', role: prompt.role, note });
    const card = invokeCard(response.body);
    expect(JSON.stringify(card)).toContain('Je notitie is langer dan 1000 tekens. Kort hem wat in; er is nog niets opgeslagen.');
    expect(noteInput(card)?.value).toHaveLength(2144);
    expect(noteInput(card)?.maxLength).toBe(1000);
    expect(JSON.stringify(card)).toContain('Hooguit 1000 tekens.');
    expect(await answersOf(t, user)).toHaveLength(0);
  });

  it('when a note is exactly 1,000 characters, then it is stored whole', async () => {
    const user = testUser(2772);
    const prompt = await promptFor(t, user);
    const note = `${'Precies genoeg. '.repeat(70).slice(0, 999)}!`;
    const card = invokeCard((await t.act(user, 'reflection.answer', { deliveryId: prompt.deliveryId, ticket: prompt.ticket, position: '2', role: prompt.role, note })).body);
    expect(JSON.stringify(card)).toContain('Opgeslagen');
    expect((await answersOf(t, user))[0]?.note).toBe(note);
  });
});
