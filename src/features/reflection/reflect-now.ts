import type { ReflectionDeps } from './reflection-deps';
import { randomBytes } from 'node:crypto';
import { renderDailyAnswered } from '../../cards/daily-answered-card';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { renderExtraOffer } from '../../cards/extra-offer-card';
import type { AdaptiveCard } from '../../cards/template-cache';
import { findPrompt } from '../../content/library-lookup';
import { localDateOf } from '../../domain/due-times';
import { promptTextFor } from '../../domain/content-fit';
import { workProfileOf } from '../../domain/person-settings';
import { dayAnswerOf } from '../../domain/reflection-day';
import type { Delivery } from '../../domain/delivery';
import type { PersonalTurn } from '../turn';
import { choosePrompt, rememberPrompt } from './choose-prompt';
import { holdDay, openQuestionOf } from './reflection-day';

/** What `reflecteer` (or a "reflect now" button) brings today. */
interface TodaysReflection {
  /** True when today already has its answer: the cards are that answer and the offer of an extra question. */
  answered: boolean;
  cards: AdaptiveCard[];
}

/**
 * A question asked for in the chat (`reflecteer`, a button, "reflect as <role>" from the
 * summary), by the rules of the day: once today is answered, that answer (editable today) and
 * the offer of one extra question; while today's question is open, that same question again;
 * otherwise a new delivery of its own, so it never collides with the scheduled prompt's claim.
 * A role asked for after today's answer is an extra question at once.
 */
export async function todaysReflection(turn: PersonalTurn, services: ReflectionDeps, preferRoleId?: string): Promise<TodaysReflection> {
  const person = turn.person;
  const localDate = localDateOf(services.now(), person.settings.timeZone);
  const [answers, deliveries] = await Promise.all([services.answers.listForDay(person.key, localDate), services.deliveries.listForDay(person.key, localDate)]);
  const answer = dayAnswerOf(answers);
  if (answer) {
    if (preferRoleId) return { answered: true, cards: [await newQuestion(turn, services, 'extra', preferRoleId)] };
    const prompt = findPrompt(services.content, answer.promptId);
    const answered = renderDailyAnswered(services.content, answer, prompt ? promptTextFor(prompt, workProfileOf(person.settings).layer, turn.locale) : '', turn.locale, true);
    return { answered: true, cards: [answered, renderExtraOffer(turn.locale)] };
  }
  const open = preferRoleId ? undefined : openQuestionOf(deliveries);
  const again = open ? cardOf(turn, services, open) : undefined;
  return { answered: false, cards: [again ?? (await newQuestion(turn, services, 'reflect', preferRoleId))] };
}

/** `reflecteer`: today's reflection, sent into the chat. */
export async function reflectNow(turn: PersonalTurn, services: ReflectionDeps, preferRoleId?: string): Promise<TodaysReflection> {
  const today = await todaysReflection(turn, services, preferRoleId);
  for (const card of today.cards) await turn.reply(card);
  return today;
}

/** A new question: the day's (`reflect`) or, after today's answer, an extra one. */
export async function newQuestion(turn: PersonalTurn, services: ReflectionDeps, kind: 'reflect' | 'extra', preferRoleId?: string): Promise<AdaptiveCard> {
  const person = turn.person;
  const now = services.now();
  const localDate = localDateOf(now, person.settings.timeZone);
  const prompt = await choosePrompt(services, person, localDate, { fromDeliveries: true, another: kind === 'extra', ...(preferRoleId ? { preferRoleId } : {}) });
  const id = `${localDate}_${kind}_${randomBytes(4).toString('hex')}`;
  const question = {
    personKey: person.key,
    id,
    kind,
    localDate,
    state: 'sent' as const,
    promptId: prompt.id,
    paradoxId: prompt.paradoxId,
    lens: person.settings.lens,
    claimedAt: now.toISOString(),
    claimedBy: services.runtime.instanceId,
    attempts: 1,
    sentAt: now.toISOString(),
    snoozes: 0,
  };
  // The day's question holds the day's slot, written at the same time as the question (each
  // alone is safe: a slot held for a question that was never stored only makes the scheduler look
  // whether the day is complete), so that its first answer is one write.
  const [, holdsDay] = await Promise.all([
    services.deliveries.tryCreate(question),
    kind === 'reflect' ? holdDay(services, person, localDate) : false,
    rememberPrompt(services, person, { promptId: prompt.id, localDate }),
  ]);
  const ticket = services.tickets.issue(person, { id, promptId: prompt.id, lens: person.settings.lens, localDate, ...(holdsDay ? { holdsDay } : {}) });
  // An extra question is for now or not at all: it has no snooze and no "not today".
  const daily = kind === 'reflect';
  return renderDailyPrompt(services.content, { deliveryId: id, ticket, prompt, lens: person.settings.lens, locale: turn.locale, profile: workProfileOf(person.settings), showSnooze: daily, showSkip: daily });
}

/** Today's open question shown again, as it was (snooze only while it was not used). */
function cardOf(turn: PersonalTurn, services: ReflectionDeps, delivery: Delivery): AdaptiveCard | undefined {
  const prompt = findPrompt(services.content, delivery.promptId ?? '');
  if (!prompt) return undefined;
  const lens = delivery.lens ?? turn.person.settings.lens;
  const ticket = services.tickets.issue(turn.person, { id: delivery.id, promptId: prompt.id, lens, localDate: delivery.localDate });
  return renderDailyPrompt(services.content, { deliveryId: delivery.id, ticket, prompt, lens, locale: turn.locale, profile: workProfileOf(turn.person.settings), showSnooze: delivery.snoozes < 1, showSkip: true });
}
