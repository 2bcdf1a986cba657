import type { ReflectionDeps } from './reflection-deps';
import { findPrompt } from '../../content/library-lookup';
import type { Prompt } from '../../content/types';
import { workProfileOf } from '../../domain/person-settings';
import { HISTORY_KEEP, rememberPick } from '../../domain/prompt-history';
import { estimatedRecessOf, pickPrompt, type PromptSeen } from '../../domain/rotation';
import type { Person } from '../../domain/person';

interface ChooseOptions {
  /** Ask for a prompt from this role's perspective (the weekly nudge). */
  preferRoleId?: string;
  /**
   * Read the history from the deliveries instead of the profile. For a person read from a
   * cache (card clicks) the profile's history may be a few seconds old.
   */
  fromDeliveries?: boolean;
  /** Another question than the ones already asked that day (an extra question). */
  another?: boolean;
}

/** Today's prompt for a person, from their recent prompt history (deterministic per day), among the prompts that fit their work. */
export async function choosePrompt(services: ReflectionDeps, person: Person, localDate: string, options: ChooseOptions = {}): Promise<Prompt> {
  const history = !options.fromDeliveries && person.promptHistory ? person.promptHistory : await deliveredPrompts(services, person.key);
  const prompt = pickPrompt(services.content, {
    personKey: person.key,
    date: localDate,
    history,
    lens: person.settings.lens,
    profile: workProfileOf(person.settings),
    demissionair: services.config.DEMISSIONAIR,
    ...(options.preferRoleId ? { preferRoleId: options.preferRoleId } : {}),
    ...(options.another ? { skip: history.filter((seen) => seen.localDate === localDate).map((seen) => seen.promptId) } : {}),
  });
  const estimated = estimatedRecessOf(services.content, prompt, localDate);
  if (estimated) services.logger.info(estimated, 'recess dates not in the content: window estimated by rule, add them to recesses.json (CONTENT_DIR)');
  return prompt;
}

/** Keeps the pick in the profile's history, which the next scheduled pick reads. */
export async function rememberPrompt(services: ReflectionDeps, person: Person, pick: PromptSeen): Promise<void> {
  await services.people.updatePromptHistory(person, async (history) =>
    rememberPick(services.content, history ?? (await deliveredPrompts(services, person.key)), pick, person.settings.lens, HISTORY_KEEP, workProfileOf(person.settings)),
  );
}

/** Every prompt the person was sent, from the deliveries (profiles from before the kept history). */
async function deliveredPrompts(services: ReflectionDeps, personKey: string): Promise<PromptSeen[]> {
  const deliveries = await services.deliveries.listForPerson(personKey);
  return deliveries
    .filter((d) => d.promptId !== undefined && findPrompt(services.content, d.promptId ?? '') !== undefined)
    .map((d) => ({ promptId: d.promptId ?? '', localDate: d.localDate }));
}
