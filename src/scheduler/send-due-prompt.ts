import type { SchedulerDeps } from './scheduler-deps';
import { choosePrompt, rememberPrompt } from '../features/reflection/choose-prompt';
import { dayIsComplete } from '../features/reflection/reflection-day';
import { renderDailyPrompt } from '../cards/daily-prompt-card';
import { findPrompt } from '../content/library-lookup';
import { nextPromptAt } from '../domain/due-times';
import { workProfileOf, type PersonSettings } from '../domain/person-settings';
import type { AdaptiveCard } from '../cards/template-cache';
import type { Prompt } from '../content/types';
import type { Delivery } from '../domain/delivery';
import type { DueEntry } from '../domain/due-entry';
import type { Person } from '../domain/person';
import { sendCardTo } from './send-card-to';
import { sendScheduled } from './scheduled-send';
import type { DueOutcome } from './due-outcome';

export type NextPromptAt = (settings: PersonSettings, after: Date) => Date | undefined;

/**
 * nextPromptAt for one tick. In a fan-out thousands of people share settings and due time, and
 * the time-zone arithmetic was about a quarter of the app's work per prompt: do it once each.
 */
export function nextPromptMemo(): NextPromptAt {
  const known = new Map<string, Date | undefined>();
  return (settings, after) => {
    const key = `${after.getTime()}|${JSON.stringify(settings)}`;
    if (known.has(key)) return known.get(key);
    const next = nextPromptAt(settings, after);
    if (known.size < 10_000) known.set(key, next);
    return next;
  };
}

/** The person's daily prompt: the pick of the day is stored on the claim, then sent. */
export function sendDuePrompt(services: SchedulerDeps, entry: DueEntry, now: Date, nextAt: NextPromptAt = nextPromptAt): Promise<DueOutcome> {
  return sendScheduled(services, entry, now, {
    kind: 'prompt',
    nextAt,
    claimFields: async (person, localDate) => {
      const prompt = await choosePrompt(services, person, localDate);
      return { promptId: prompt.id, paradoxId: prompt.paradoxId, lens: person.settings.lens };
    },
    onClaimed: async (person, delivery) => {
      if (delivery.promptId) await rememberPrompt(services, person, { promptId: delivery.promptId, localDate: delivery.localDate });
    },
    // A slot held by `reflecteer`: the prompt comes only when that day is still open.
    dayComplete: (person, localDate) => dayIsComplete(services, person.key, localDate),
    card: async (person, delivery) => {
      // A claim taken over from an instance that died before storing its pick: pick again.
      const prompt = findPrompt(services.content, delivery.promptId ?? '') ?? (await choosePrompt(services, person, delivery.localDate));
      return promptCard(services, person, delivery, prompt, true);
    },
  });
}

/**
 * A snoozed prompt, once: the etag update decides which instance sends it. Like a scheduled
 * prompt it is dropped when it is older than the catch-up window (Friday's snooze does not turn
 * up on Monday), and when its day is complete (answered or put aside, through any of its questions).
 */
export async function sendSnoozedPrompt(services: SchedulerDeps, entry: DueEntry, now: Date): Promise<DueOutcome> {
  if (now.getTime() - Date.parse(entry.dueAt) > services.config.CATCHUP_WINDOW * 60_000) {
    await services.due.remove(entry);
    return { kind: 'skipped', reason: 'catchup' };
  }
  const delivery = entry.deliveryId ? await services.deliveries.get(entry.personKey, entry.deliveryId) : undefined;
  const person = await services.people.get(entry.personKey);
  const complete = delivery ? await dayIsComplete(services, entry.personKey, delivery.localDate) : false;
  if (!delivery || !person?.active || complete || delivery.skipped || delivery.resentAt) {
    await services.due.remove(entry);
    return { kind: 'skipped', reason: person?.active ? 'done' : 'inactive' };
  }
  if (!(await services.deliveries.updateIfUnchanged(delivery, { resentAt: now.toISOString() }))) return { kind: 'busy' };
  services.telemetry.scheduled('claimed', 'snooze');
  const prompt = findPrompt(services.content, delivery.promptId ?? '');
  if (!prompt) {
    await services.due.remove(entry);
    return { kind: 'skipped', reason: 'done' };
  }
  const outcome = await sendCardTo(services, person, promptCard(services, person, delivery, prompt, false), delivery.id, 0);
  await services.due.remove(entry);
  return outcome;
}

/** The prompt card of a scheduled delivery, in the person's language, with its answer ticket. */
function promptCard(services: SchedulerDeps, person: Person, delivery: Delivery, prompt: Prompt, showSnooze: boolean): AdaptiveCard {
  const lens = delivery.lens ?? person.settings.lens;
  const ticket = services.tickets.issue(person, { id: delivery.id, promptId: prompt.id, lens, localDate: delivery.localDate });
  return renderDailyPrompt(services.content, { deliveryId: delivery.id, ticket, prompt, lens, locale: person.settings.locale, profile: workProfileOf(person.settings), showSnooze, showSkip: true });
}
