import { findPrompt } from '../../content/library-lookup';
import type { Prompt } from '../../content/types';
import { pickPrompt } from '../../domain/rotation';
import type { Person } from '../../store/people-repository';
import type { BotServices } from '../services';

/** Today's prompt for a person, from their whole prompt history (deterministic per day). */
export async function choosePrompt(services: BotServices, person: Person, localDate: string, preferRoleId?: string): Promise<Prompt> {
  const deliveries = await services.deliveries.listForPerson(person.key);
  const history = deliveries
    .filter((d) => d.promptId !== undefined && findPrompt(services.content, d.promptId ?? '') !== undefined)
    .map((d) => ({ promptId: d.promptId ?? '', localDate: d.localDate }));
  return pickPrompt(services.content, {
    personKey: person.key,
    date: localDate,
    history,
    lens: person.settings.lens,
    ...(preferRoleId ? { preferRoleId } : {}),
  });
}
