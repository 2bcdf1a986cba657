import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an answer needs to know about the prompt it answers. */
export interface DeliveryFacts {
  id: string;
  promptId: string;
  lens: string;
  localDate: string;
  /**
   * True when the day's scheduled slot was held for this question as it was asked (a question
   * asked with `reflecteer`, src/features/reflection/reflect-now.ts): its answer completes the day
   * without a write of its own.
   */
  holdsDay?: boolean;
}

/** The profile a ticket is bound to: a profile deleted and made again does not accept old tickets. */
interface TicketHolder {
  key: string;
  createdAt: string;
}

const MAC_CHARS = 32;
/** The part of a ticket that says the question holds the day's slot (a MAC never has a dot). */
const HOLDS_DAY = 'h';

/**
 * Signed facts of a delivery, carried in the prompt card's answer button. An answer with a
 * valid ticket needs no read of the delivery: one storage write, as fast as a bare bot. The
 * ticket is bound to the person's key (from the activity, never from the card) and profile, so
 * a forwarded or forged card falls back to the read, which finds nothing in the sender's own
 * partition. Ids and dates contain no dots, so the ticket is `prompt.lens.date.mac`, or
 * `prompt.lens.date.h.mac` for a question that holds the day's slot (tickets from before that
 * have four parts and read as not holding it).
 */
export class DeliveryTickets {
  private readonly key: Buffer;

  /** `secret` is the app's signing secret; the ticket key is derived from it for this use only. */
  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('positie/delivery-ticket/v1').digest();
  }

  issue(holder: TicketHolder, facts: DeliveryFacts): string {
    return [facts.promptId, facts.lens, facts.localDate, ...(facts.holdsDay ? [HOLDS_DAY] : []), this.mac(holder, facts)].join('.');
  }

  /** The facts if `ticket` was issued to this holder for this delivery; undefined otherwise. */
  read(holder: TicketHolder, deliveryId: string, ticket: string): DeliveryFacts | undefined {
    const parts = ticket.split('.');
    const holdsDay = parts.length === 5 && parts[3] === HOLDS_DAY;
    if (holdsDay) parts.splice(3, 1);
    const [promptId, lens, localDate, mac, ...rest] = parts;
    if (!promptId || !lens || !localDate || !mac || rest.length > 0) return undefined;
    const facts: DeliveryFacts = { id: deliveryId, promptId, lens, localDate, ...(holdsDay ? { holdsDay } : {}) };
    const expected = Buffer.from(this.mac(holder, facts));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? facts : undefined;
  }

  private mac(holder: TicketHolder, facts: DeliveryFacts): string {
    return createHmac('sha256', this.key)
      .update([holder.key, holder.createdAt, facts.id, facts.promptId, facts.lens, facts.localDate, ...(facts.holdsDay ? [HOLDS_DAY] : [])].join('\n'))
      .digest('base64url')
      .slice(0, MAC_CHARS);
  }
}
