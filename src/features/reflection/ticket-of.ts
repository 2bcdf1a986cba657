import type { ReflectionDeps } from './reflection-deps';
import type { Delivery } from '../../domain/delivery';
import type { DeliveryContext } from './delivery-context';
import type { DeliveryFacts } from './delivery-ticket';

/**
 * The ticket for a prompt card shown again (edit, failed save, snooze refused). A question known
 * from its ticket to hold the day's slot keeps saying so; one read from storage does not.
 */
export function ticketOf(services: ReflectionDeps, ctx: DeliveryContext<Pick<Delivery, 'id' | 'localDate'> & Pick<DeliveryFacts, 'holdsDay'>>): string {
  return services.tickets.issue(ctx.person, { id: ctx.delivery.id, promptId: ctx.prompt.id, lens: ctx.lens, localDate: ctx.delivery.localDate, ...(ctx.delivery.holdsDay ? { holdsDay: true } : {}) });
}
