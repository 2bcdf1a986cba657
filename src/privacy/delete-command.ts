import { renderDeleteConfirm } from '../cards/privacy-delete-card';
import { sendCard } from '../bot/card-reply';
import type { CommandHandler } from '../bot/turn';
import { personalPrivacyTurn } from './privacy-turn';
import { checkinRowsOf } from './checkin-erasure';
import { signDeleteToken } from './privacy-tokens';

/**
 * `verwijder mijn gegevens` / `delete my data`: a confirmation card that names what will go.
 * Nothing is deleted (or written) until the person confirms on that card.
 */
export const deleteCommand: CommandHandler = async (turn, _command, services) => {
  const ready = await personalPrivacyTurn(turn, services);
  if (!ready) return;
  const { person, context } = ready;
  const checkinPerson = { secret: services.checkins.secret, tenantId: person.tenantId, aadObjectId: person.aadObjectId };
  const [answers, checkins] = await Promise.all([
    services.answers.listBetween(person.key, '0000-01-01', '9999-12-31'),
    checkinRowsOf({ checkins: context.tables.table('checkins'), responses: context.tables.table('checkinResponses') }, checkinPerson),
  ]);
  const token = signDeleteToken(context.secret, person.key, services.now().getTime());
  await sendCard(turn.context, renderDeleteConfirm(turn.locale, { answers: answers.length, checkinAnswers: checkins.responses.length }, token));
};
