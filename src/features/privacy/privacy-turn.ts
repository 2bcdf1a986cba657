import { sendCard } from '../../teams/card-reply';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import type { Person } from '../../store/people-repository';
import { privacyContextOf, type PrivacyContext } from './privacy-context';

/**
 * Export and delete are personal: outside personal chat, or before the privacy routes are set
 * up, the person gets a clear message and the command stops.
 */
export async function personalPrivacyTurn(turn: Turn, services: BotServices): Promise<{ person: Person; context: PrivacyContext } | undefined> {
  const person = turn.person;
  const context = privacyContextOf(services);
  if (!person) {
    await sendCard(turn.context, renderMessage(privacyStrings[turn.locale].personalOnly));
    return undefined;
  }
  if (!context) {
    await sendCard(turn.context, renderMessage(stringsFor(turn.locale).error.generic));
    return undefined;
  }
  return { person, context };
}
