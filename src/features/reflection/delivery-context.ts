import type { ReflectionDeps } from './reflection-deps';
import { findPrompt } from '../../content/library-lookup';
import type { Prompt } from '../../content/types';
import { localDateOf } from '../../domain/due-times';
import type { Delivery } from '../../domain/delivery';
import type { Person } from '../../domain/person';
import type { DeliveryFacts } from './delivery-ticket';

/** A first answer is still welcome this many days after the prompt (it counts for that day). */
export const ANSWER_WINDOW_DAYS = 6;
const DAY_MS = 24 * 3600_000;

export interface DeliveryContext<D extends Pick<Delivery, 'id' | 'localDate'> = Delivery> {
  person: Person;
  delivery: D;
  prompt: Prompt;
  lens: string;
  today: string;
  /** True on the local day of the prompt: answers can still be edited. */
  sameDay: boolean;
  /** True when a first answer is still accepted. */
  open: boolean;
}

/** Looks up a delivery in the invoker's own partition; undefined when it is not theirs or unknown. */
export async function loadDeliveryContext(services: ReflectionDeps, person: Person, deliveryId: string): Promise<DeliveryContext | undefined> {
  const delivery = await services.deliveries.get(person.key, deliveryId);
  return delivery ? contextOf(services, person, delivery) : undefined;
}

/**
 * For an answer: the delivery's facts from the card's ticket when it is valid for this person,
 * otherwise from storage (cards sent before tickets, or a ticket that is not theirs).
 */
export async function loadAnswerContext(services: ReflectionDeps, person: Person, deliveryId: string, ticket: string): Promise<DeliveryContext<DeliveryFacts | Delivery> | undefined> {
  const facts = ticket ? services.tickets.read(person, deliveryId, ticket) : undefined;
  const delivery = facts ?? (await services.deliveries.get(person.key, deliveryId));
  return delivery ? contextOf(services, person, delivery) : undefined;
}

function contextOf<D extends Pick<Delivery, 'id' | 'localDate' | 'promptId' | 'lens'>>(services: ReflectionDeps, person: Person, delivery: D): DeliveryContext<D> | undefined {
  const prompt = delivery.promptId ? findPrompt(services.content, delivery.promptId) : undefined;
  if (!prompt) return undefined;
  const today = localDateOf(services.now(), person.settings.timeZone);
  // Both are calendar dates, read as UTC midnights: their difference is a whole number of days.
  const age = (Date.parse(today) - Date.parse(delivery.localDate)) / DAY_MS;
  return {
    person,
    delivery,
    prompt,
    lens: delivery.lens ?? person.settings.lens,
    today,
    sameDay: delivery.localDate === today,
    open: age >= 0 && age <= ANSWER_WINDOW_DAYS,
  };
}
