import type { Delivery } from '../../domain/delivery';
import type { Services } from '../services';
import type { DeliveryContext } from './delivery-context';

/** The ticket for a prompt card shown again (edit, failed save, snooze refused). */
export function ticketOf(services: Services, ctx: DeliveryContext<Pick<Delivery, 'id' | 'localDate'>>): string {
  return services.tickets.issue(ctx.person, { id: ctx.delivery.id, promptId: ctx.prompt.id, lens: ctx.lens, localDate: ctx.delivery.localDate });
}
