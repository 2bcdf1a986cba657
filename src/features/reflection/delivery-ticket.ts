import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an answer needs to know about the prompt it answers. */
export interface DeliveryFacts {
  id: string;
  promptId: string;
  lens: string;
  localDate: string;
}

/** The profile a ticket is bound to: a profile deleted and made again does not accept old tickets. */
export interface TicketHolder {
  key: string;
  createdAt: string;
}

const MAC_CHARS = 32;

/**
 * Signed facts of a delivery, carried in the prompt card's answer button. An answer with a
 * valid ticket needs no read of the delivery: one storage write, as fast as a bare bot. The
 * ticket is bound to the person's key (from the activity, never from the card) and profile, so
 * a forwarded or forged card falls back to the read, which finds nothing in the sender's own
 * partition. Ids and dates contain no dots, so the ticket is `prompt.lens.date.mac`.
 */
export class DeliveryTickets {
  private readonly key: Buffer;

  /** `secret` is the app's signing secret; the ticket key is derived from it for this use only. */
  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('positie/delivery-ticket/v1').digest();
  }

  issue(holder: TicketHolder, facts: DeliveryFacts): string {
    return [facts.promptId, facts.lens, facts.localDate, this.mac(holder, facts)].join('.');
  }

  /** The facts if `ticket` was issued to this holder for this delivery; undefined otherwise. */
  read(holder: TicketHolder, deliveryId: string, ticket: string): DeliveryFacts | undefined {
    const [promptId, lens, localDate, mac, ...rest] = ticket.split('.');
    if (!promptId || !lens || !localDate || !mac || rest.length > 0) return undefined;
    const facts = { id: deliveryId, promptId, lens, localDate };
    const expected = Buffer.from(this.mac(holder, facts));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? facts : undefined;
  }

  private mac(holder: TicketHolder, facts: DeliveryFacts): string {
    return createHmac('sha256', this.key)
      .update([holder.key, holder.createdAt, facts.id, facts.promptId, facts.lens, facts.localDate].join('\n'))
      .digest('base64url')
      .slice(0, MAC_CHARS);
  }
}
