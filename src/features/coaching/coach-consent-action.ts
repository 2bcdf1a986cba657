import { coachStrings } from '../../cards/strings/coach-strings';
import { refusalFor } from '../../domain/coach-code';
import { consentScope } from '../../domain/coach-scope';
import { renderMessage } from '../../cards/message-card';
import { VERBS } from '../../cards/verbs';
import { defineAction } from '../definitions';
import { consentPayloadSchema } from './coach-payloads';
import { refusalText } from './coach-refusal';
import { namesOf } from './coach-turn';

/**
 * "Share" on the consent screen. The code is checked again (it may have expired or been used
 * meanwhile) and used once by a conditional update before the consent is stored.
 */
export const coachConsentAction = defineAction({
  verb: VERBS.coachConsent,
  scope: 'personal',
  schema: consentPayloadSchema,
  handle: async ({ person, locale }, payload, services) => {
    const s = coachStrings[locale];
    const now = services.now();
    const found = await services.coach.codes.find(payload.code);
    const refusal = refusalFor(found?.code, person.key, now);
    if (!found || refusal) return renderMessage(refusalText(s, refusal ?? 'unknown'));
    if (!(await services.coach.codes.markUsed(found, person.key, now))) return renderMessage(s.codeUsed);
    const scope = consentScope(payload.paradoxes === 'true');
    await services.coach.consents.grant(person.key, found.code.coachKey, scope, now).catch(async (error: unknown) => {
      await services.coach.codes.release(found.code).catch(() => undefined);
      throw error;
    });
    services.logger.info({ event: 'coach.consent_granted', paradoxPositions: scope.paradoxPositions }, 'consent granted');
    const names = await namesOf(services, [found.code.coachKey], s.unknownName);
    return renderMessage(s.shared(names.get(found.code.coachKey) ?? s.unknownName));
  },
});
