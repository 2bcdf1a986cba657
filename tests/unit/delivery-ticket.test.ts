import { DeliveryTickets } from '../../src/features/reflection/delivery-ticket';

const tickets = new DeliveryTickets('s'.repeat(40));
const holder = { key: 'tenant_person-1', createdAt: '2026-11-02T08:00:00.000Z' };
const facts = { id: '2026-11-24_prompt', promptId: 'p-mo-1', lens: 'ideaaltypen', localDate: '2026-11-24' };

describe('delivery tickets', () => {
  it('when a ticket is read back by its holder for its delivery, then the facts come back', () => {
    expect(tickets.read(holder, facts.id, tickets.issue(holder, facts))).toEqual(facts);
  });

  it.each([
    ['another person', { ...holder, key: 'tenant_person-2' }, facts.id],
    ['a profile made again after a delete', { ...holder, createdAt: '2026-11-20T10:00:00.000Z' }, facts.id],
    ['another delivery', holder, '2026-11-25_prompt'],
  ])('when the ticket is presented for %s, then it is refused', (_label, who, deliveryId) => {
    expect(tickets.read(who, deliveryId, tickets.issue(holder, facts))).toBeUndefined();
  });

  it('when a part of the ticket is changed, then it is refused', () => {
    const [, lens, date, mac] = tickets.issue(holder, facts).split('.');
    expect(tickets.read(holder, facts.id, ['p-mo-2', lens, date, mac].join('.'))).toBeUndefined();
    expect(tickets.read(holder, facts.id, ['p-mo-1', 'rollen', date, mac].join('.'))).toBeUndefined();
  });

  it('when the question holds the day’s slot, then its ticket says so, and adding or dropping that word is refused', () => {
    const held = { ...facts, id: '2026-11-24_reflect_0a1b2c3d', holdsDay: true };
    const ticket = tickets.issue(holder, held);
    expect(tickets.read(holder, held.id, ticket)).toEqual(held);
    const [promptId, lens, date, word, mac] = ticket.split('.');
    expect(word).toBe('h');
    expect(tickets.read(holder, held.id, [promptId, lens, date, mac].join('.'))).toBeUndefined();
    const plain = tickets.issue(holder, { ...held, holdsDay: false }).split('.');
    expect(plain).toHaveLength(4);
    expect(tickets.read(holder, held.id, [...plain.slice(0, 3), 'h', plain[3]].join('.'))).toBeUndefined();
    expect(tickets.read(holder, held.id, [promptId, lens, date, 'x', mac].join('.'))).toBeUndefined();
  });

  it.each(['', 'x', 'a.b.c', 'a.b.c.d.e', '...', 'p-mo-1.ideaaltypen.2026-11-24.short'])('when the ticket is malformed (%p), then it is refused', (ticket) => {
    expect(tickets.read(holder, facts.id, ticket)).toBeUndefined();
  });

  it('when another secret signed the ticket, then it is refused', () => {
    expect(new DeliveryTickets('t'.repeat(40)).read(holder, facts.id, tickets.issue(holder, facts))).toBeUndefined();
  });

  it('tickets on cards already in people\'s chats keep reading: the derivation is the one earlier releases signed with', () => {
    expect(tickets.issue(holder, facts)).toBe('p-mo-1.ideaaltypen.2026-11-24.VWC3w76TeT_fo7MEu20ORWXz1zXaV1wO');
    const held = { ...facts, id: '2026-11-24_reflect_0a1b2c3d', holdsDay: true };
    expect(tickets.issue(holder, held)).toBe('p-mo-1.ideaaltypen.2026-11-24.h._kHT1S0q7cmscGGPRPC-il7BeAN1UMG4');
    expect(tickets.read(holder, facts.id, 'p-mo-1.ideaaltypen.2026-11-24.VWC3w76TeT_fo7MEu20ORWXz1zXaV1wO')).toEqual(facts);
  });

  it('when a valid ticket has anything after it, then it is refused', () => {
    expect(tickets.read(holder, facts.id, `${tickets.issue(holder, facts)}.x`)).toBeUndefined();
  });
});
