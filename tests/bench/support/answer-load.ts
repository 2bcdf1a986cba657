import type { Agent } from 'node:http';
import { messageActivity, testUser } from '../../support/activities';
import { cardsOf, choicesOf, findData } from '../../support/card-reading';
import { inPool } from './bench-args';
import { postJson } from './http-client';

/** A person with a delivered prompt: what a valid answer needs. */
export interface PreparedPerson {
  n: number;
  deliveryId: string;
  /** The signed delivery facts the card's answer button carries. */
  ticket: string;
  role: string;
}

/** Never called: replies to `reflecteer` come back in the HTTP response (expectReplies). */
const UNUSED_SERVICE_URL = 'http://127.0.0.1:9';

/** Asks the bot for a prompt (`reflecteer`) for each person, as they would in the chat. */
export async function deliverPrompts(agent: Agent, botUrl: string, people: number, parallel: number): Promise<PreparedPerson[]> {
  const prepared: PreparedPerson[] = [];
  await inPool(people, parallel, async (index) => {
    const n = 100_000 + index;
    const response = await postJson(agent, `${botUrl}/api/messages`, messageActivity(testUser(n), 'reflecteer', { serviceUrl: UNUSED_SERVICE_URL }));
    const card = cardsOf(JSON.parse(response.text) as unknown)[0];
    const deliveryId = findData(card, 'deliveryId');
    const ticket = findData(card, 'ticket');
    const [role] = choicesOf(card, 'role');
    if (response.status !== 200 || !deliveryId || !ticket || !role) throw new Error(`no prompt for person ${n}: ${response.status}`);
    prepared.push({ n, deliveryId, ticket, role });
  });
  return prepared.sort((a, b) => a.n - b.n);
}

export const ANSWER_SERVICE_URL = UNUSED_SERVICE_URL;

/**
 * Fires `fire(seq)` at a fixed rate for `seconds` without waiting for answers (open loop: a
 * slow server does not slow the load down), then waits for the last answers.
 */
export async function openLoop(rps: number, seconds: number, fire: (seq: number) => Promise<void>): Promise<void> {
  const total = Math.round(rps * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  let seq = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * rps) / 1000) + 1);
      while (seq < due) pending.push(fire(seq++));
      if (seq >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  await Promise.all(pending);
}

/** Latencies in ms and failures of one target. */
export class LatencyRecord {
  readonly latencies: number[] = [];
  errors = 0;

  async time(work: () => Promise<boolean>): Promise<void> {
    const started = performance.now();
    const ok = await work().catch(() => false);
    this.latencies.push(performance.now() - started);
    if (!ok) this.errors += 1;
  }

  sorted(): number[] {
    return [...this.latencies].sort((a, b) => a - b);
  }
}
