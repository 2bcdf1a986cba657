import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { cardResponse } from '../../teams/card-reply';
import type { ActionHandler } from '../turn';
import { errorSummary } from '../../log';
import { deletePerson } from './delete-person';
import { privacyContextOf } from './privacy-context';
import { deleteTokenValid } from './privacy-tokens';

const confirmPayloadSchema = z.object({ token: z.string().max(100) });

/**
 * `deleteConfirm`: erases the invoker (identity from the activity, the card's token only proves
 * the card was shown to them lately). The answer is the invoke response itself, so confirming
 * writes nothing after the deletion.
 */
export const deleteConfirmAction: ActionHandler = async (turn, data, services) => {
  const s = privacyStrings[turn.locale];
  const errors = stringsFor(turn.locale).error;
  const person = turn.person;
  const context = privacyContextOf(services);
  const parsed = confirmPayloadSchema.safeParse(data);
  if (!person || !context || !parsed.success) return cardResponse(renderMessage(s.invalid, errors.title));
  if (!deleteTokenValid(context.secret, person.key, parsed.data.token, services.now().getTime())) {
    return cardResponse(renderMessage(s.deleteExpired, errors.title));
  }
  try {
    const report = await deletePerson(services, context, person);
    services.logger.info({ event: 'person.deleted', ...report }, 'person deleted on request');
    return cardResponse(renderMessage(s.deleted));
  } catch (error) {
    // Every step is idempotent: confirming again (or the command again) finishes the job.
    services.logger.error({ event: 'person.delete_failed', err: errorSummary(error) }, 'delete failed');
    return cardResponse(renderMessage(errors.generic, errors.title));
  }
};

/** `deleteCancel`: nothing changes. */
export const deleteCancelAction: ActionHandler = async (turn) => cardResponse(renderMessage(privacyStrings[turn.locale].deleteCancelled));
