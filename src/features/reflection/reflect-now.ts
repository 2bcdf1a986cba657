import { workProfileOf } from '../../domain/person-settings';
import { randomBytes } from 'node:crypto';
import { renderDailyPrompt } from '../../cards/daily-prompt-card';
import { localDateOf } from '../../domain/due-times';
import type { PersonalTurn } from '../turn';
import type { Services } from '../services';
import { choosePrompt, rememberPrompt } from './choose-prompt';

/**
 * A prompt asked for in the chat (`reflecteer`, or "reflect as <role>" from the summary): a new
 * delivery of its own, so it never collides with the scheduled prompt of the day.
 */
export async function reflectNow(turn: PersonalTurn, services: Services, preferRoleId?: string): Promise<void> {
  const person = turn.person;
  const now = services.now();
  const localDate = localDateOf(now, person.settings.timeZone);
  const prompt = await choosePrompt(services, person, localDate, { fromDeliveries: true, ...(preferRoleId ? { preferRoleId } : {}) });
  const id = `${localDate}_reflect_${randomBytes(4).toString('hex')}`;
  await services.deliveries.tryCreate({
    personKey: person.key,
    id,
    kind: 'reflect',
    localDate,
    state: 'sent',
    promptId: prompt.id,
    paradoxId: prompt.paradoxId,
    lens: person.settings.lens,
    claimedAt: now.toISOString(),
    claimedBy: services.instanceId,
    attempts: 1,
    sentAt: now.toISOString(),
    snoozes: 0,
  });
  await rememberPrompt(services, person, { promptId: prompt.id, localDate });
  const ticket = services.tickets.issue(person, { id, promptId: prompt.id, lens: person.settings.lens, localDate });
  const card = renderDailyPrompt(services.content, { deliveryId: id, ticket, prompt, lens: person.settings.lens, locale: turn.locale, profile: workProfileOf(person.settings), showSnooze: true, showSkip: true });
  await turn.reply(card);
}
