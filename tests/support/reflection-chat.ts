import type { TestUser } from './activities';
import { cardsOf, choicesOf, findData } from './card-reading';
import { allRows, type TestApp } from './test-app';

/** What a prompt card asked for with `reflecteer` offers: its delivery, ticket and two roles. */
export async function promptFor(t: TestApp, user: TestUser): Promise<{ deliveryId: string; ticket: string; role: string; otherRole: string }> {
  const card = cardsOf((await t.say(user, 'reflecteer')).body)[0];
  const deliveryId = findData(card, 'deliveryId');
  const ticket = findData(card, 'ticket');
  const [role, otherRole] = choicesOf(card, 'role');
  if (!deliveryId || !ticket || !role || !otherRole) throw new Error('no prompt card');
  return { deliveryId, ticket, role, otherRole };
}

/** The stored answer rows of one person. */
export async function answersOf(t: TestApp, user: TestUser): Promise<Record<string, unknown>[]> {
  return (await allRows(t.tables)).filter((r) => r.table === 'answers' && String(r.partitionKey).includes(user.aadObjectId));
}
