import { renderMessage } from '../cards/message-card';
import { renderDeleteConfirm } from '../cards/privacy-delete-card';
import { stringsFor } from '../cards/strings';
import { privacyStrings } from '../cards/strings/privacy-strings';
import { sendCard } from '../bot/card-reply';
import type { CommandHandler } from '../bot/turn';
import { pseudonymOf } from '../domain/pseudonym';
import { checkinRowsOf } from './checkin-erasure';
import { privacyContextOf } from './privacy-context';
import { signDeleteToken } from './privacy-tokens';

/**
 * `verwijder mijn gegevens` / `delete my data`: a confirmation card that names what will go.
 * Nothing is deleted (or written) until the person confirms on that card.
 */
export const deleteCommand: CommandHandler = async (turn, _command, services) => {
  const person = turn.person;
  const context = privacyContextOf(services);
  if (!person) {
    await sendCard(turn.context, renderMessage(privacyStrings[turn.locale].personalOnly));
    return;
  }
  if (!context) {
    await sendCard(turn.context, renderMessage(stringsFor(turn.locale).error.generic));
    return;
  }
  const pseudonym = pseudonymOf(services.checkins.secret, person.tenantId, person.aadObjectId);
  const [answers, checkins] = await Promise.all([
    services.answers.listBetween(person.key, '0000-01-01', '9999-12-31'),
    checkinRowsOf({ checkins: context.tables.table('checkins'), responses: context.tables.table('checkinResponses') }, pseudonym),
  ]);
  const token = signDeleteToken(context.secret, person.key, services.now().getTime());
  await sendCard(turn.context, renderDeleteConfirm(turn.locale, { answers: answers.length, checkinAnswers: checkins.responses.length }, token));
};
