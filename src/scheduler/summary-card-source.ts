import type { BotServices } from '../bot/services';
import { renderMessage } from '../cards/message-card';
import type { AdaptiveCard } from '../cards/template-cache';
import type { Person } from '../store/people-repository';

/** The weekly summary card of the week holding `localDate`. */
export async function buildSummaryCardFor(_services: BotServices, person: Person, localDate: string): Promise<AdaptiveCard> {
  return renderMessage(`${person.settings.locale === 'nl' ? 'Weekoverzicht' : 'Weekly summary'} ${localDate}`);
}
