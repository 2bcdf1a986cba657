import type { PrivacyDeps } from './privacy-deps';
import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { privacyStrings } from '../../cards/strings/privacy-strings';
import { VERBS } from '../../cards/verbs';
import { errorSummary } from '../../log';
import { defineAction } from '../definitions';
import { deletePerson } from './delete-person';
import { deleteTokenValid } from './privacy-tokens';

/**
 * `deleteConfirm`: erases the invoker (identity from the activity, the card's token only proves
 * the card was shown to them lately). The answer is the invoke response itself, so confirming
 * writes nothing after the deletion.
 */
export const deleteConfirmAction = defineAction({
  verb: VERBS.deleteConfirm,
  scope: 'personal',
  schema: z.object({ token: z.string().max(100) }),
  handle: async ({ person, locale }, { token }, services: PrivacyDeps) => {
    const s = privacyStrings[locale];
    const errors = stringsFor(locale).error;
    if (!deleteTokenValid(services.privacy.secret, person.key, token, services.now().getTime())) {
      return renderMessage(s.deleteExpired, errors.title);
    }
    try {
      const report = await deletePerson(services, person);
      services.logger.info({ event: 'person.deleted', ...report }, 'person deleted on request');
      return renderMessage(s.deleted);
    } catch (error) {
      // Every step is idempotent: confirming again (or the command again) finishes the job.
      services.logger.error({ event: 'person.delete_failed', err: errorSummary(error) }, 'delete failed');
      return renderMessage(errors.generic, errors.title);
    }
  },
});

/** `deleteCancel`: nothing changes. */
export const deleteCancelAction = defineAction({
  verb: VERBS.deleteCancel,
  scope: 'personal',
  schema: z.unknown(),
  handle: async ({ locale }) => renderMessage(privacyStrings[locale].deleteCancelled),
});
