import { randomBytes } from 'node:crypto';
import type { Agent } from 'node:http';
import { invokeActivity, messageActivity, testUser } from '../../support/activities';
import { cardsOf, choicesOf, findData } from '../../support/card-reading';
import { seedPeople } from '../../support/seed-people';
import { startBenchApp } from './bench-app';
import { inPool } from './bench-kit';
import { postJson } from './http-client';

/** Where a prompt card came from: `reflecteer` in the chat, or the scheduler's fan-out. */
export type CardKind = 'reflecteer' | 'fanout';

/** A person holding one prompt card: what a valid answer to it needs. */
export interface CardHolder {
  n: number;
  kind: CardKind;
  deliveryId: string;
  /** The signed delivery facts the card's answer button carries. */
  ticket: string;
  role: string;
}

/** The same secrets for every process of a bench, so a card from one is valid in another. */
export const BENCH_SECRETS = { EXPORT_SECRET: randomBytes(32).toString('base64url'), CHECKIN_SECRET: randomBytes(32).toString('base64url') };

/**
 * Registers people straight through the repositories (as first contact would: a profile and a
 * conversation on `serviceUrl`), those of `due` with their prompt due at `dueAt`, then closes
 * the seeding app: the app under test starts afterwards and knows none of them yet.
 */
export async function registerPeople(connectionString: string, prefix: string, serviceUrl: string, groups: { from: number; count: number; dueAt?: Date }[]): Promise<void> {
  const seeding = await startBenchApp(connectionString, { prefix, instanceId: 'seed', env: BENCH_SECRETS });
  try {
    for (const group of groups) await seedPeople(seeding.app.services, group.from, group.count, serviceUrl, group.dueAt, 16);
  } finally {
    await seeding.app.close();
  }
}

/** The answer facts of a prompt card, or undefined when it is no prompt card. */
export function holderOf(n: number, kind: CardKind, card: unknown): CardHolder | undefined {
  const deliveryId = findData(card, 'deliveryId');
  const ticket = findData(card, 'ticket');
  const [role] = choicesOf(card, 'role');
  return deliveryId && ticket && role ? { n, kind, deliveryId, ticket, role } : undefined;
}

/** Asks the bot for a prompt (`reflecteer`) for people `from` … `from + count - 1`, as they would in the chat. */
export async function reflecteerCards(agent: Agent, botUrl: string, serviceUrl: string, from: number, count: number): Promise<CardHolder[]> {
  const holders: CardHolder[] = [];
  await inPool(count, 8, async (index) => {
    const n = from + index;
    const response = await postJson(agent, `${botUrl}/api/messages`, messageActivity(testUser(n), 'reflecteer', { serviceUrl }));
    const holder = holderOf(n, 'reflecteer', cardsOf(JSON.parse(response.text) as unknown)[0]);
    if (response.status !== 200 || !holder) throw new Error(`no prompt for person ${n}: ${response.status} ${response.text.slice(0, 200)}`);
    holders.push(holder);
  });
  return holders.sort((a, b) => a.n - b.n);
}

/** Runs one scheduler tick in the bot at `at` (POST /dev/tick, local mode); resolves with the number sent. */
export async function devTick(agent: Agent, botUrl: string, at: Date): Promise<number> {
  const response = await postJson(agent, `${botUrl}/dev/tick?at=${encodeURIComponent(at.toISOString())}`, undefined, 600_000);
  if (response.status !== 200) throw new Error(`/dev/tick answered ${response.status}: ${response.text.slice(0, 200)}`);
  return (JSON.parse(response.text) as { sent: unknown[] }).sent.length;
}

/** The person number of a personal conversation of tests/support/activities.ts (`personal-user-<n>`). */
export function personOfConversation(conversationId: string): number | undefined {
  const match = /^personal-user-(\d+)$/.exec(conversationId);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The card of a proactive activity, as the connector received it. */
export function cardOfActivity(activity: Record<string, unknown>): unknown {
  const attachments = activity.attachments;
  return Array.isArray(attachments) ? (attachments[0] as { content?: unknown } | undefined)?.content : undefined;
}

/** An answer to a held card: a position, the first role offered, and a note naming the request. */
export function answerActivity(holder: CardHolder, note: string, position: number, serviceUrl: string): Record<string, unknown> {
  return invokeActivity(testUser(holder.n), 'reflection.answer', { deliveryId: holder.deliveryId, ticket: holder.ticket, position: String(position), role: holder.role, note }, { serviceUrl });
}
