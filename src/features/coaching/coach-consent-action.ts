import type { CoachingDeps } from './coaching-deps';
import { coachStrings } from '../../cards/strings/coach-strings';
import { consentScope } from '../../domain/coach-scope';
import { renderMessage } from '../../cards/message-card';
import { VERBS } from '../../cards/verbs';
import { defineAction } from '../definitions';
import { consentPayloadSchema } from './coach-payloads';
import { refusalText } from './coach-refusal';
import { checkCode } from './code-check';
import { coachNameStrings } from '../../cards/strings/coach-name-strings';
import { inertName, isBlankName } from '../../cards/inert-text';

/**
 * "Share" on the consent screen. The code is checked again (it may have expired or been used
 * meanwhile) and used once by a conditional update before the consent is stored.
 */
export const coachConsentAction = defineAction({
  verb: VERBS.coachConsent,
  scope: 'personal',
  schema: consentPayloadSchema,
  handle: async ({ person, locale }, payload, services: CoachingDeps) => {
    const s = coachStrings[locale];
    const now = services.now();
    // Card data can carry any code: the same guessing limit as typing one.
    const check = await checkCode(services, person.key, payload.code, now);
    if (check.kind === 'blocked') return renderMessage(s.codeTooManyTries);
    if (check.kind === 'refused') return renderMessage(refusalText(s, check.refusal));
    const found = check.found;
    await check.done();
    if (!(await services.coach.codes.markUsed(found, person.key, now))) return renderMessage(s.codeRefused);
    const scope = consentScope(payload.paradoxes === 'true');
    // The name the consent screen showed (read from the profile, never from card data): the person's record of who looked keeps it.
    const coachName = (await services.people.get(found.code.coachKey))?.name ?? '';
    if (isBlankName(coachName)) {
      await services.coach.codes.release(found.code);
      return renderMessage(coachNameStrings[locale].coachUnnamed);
    }
    await services.coach.consents.grant(person.key, found.code.coachKey, scope, now, coachName).catch(async (error: unknown) => {
      await services.coach.codes.release(found.code).catch(() => undefined);
      throw error;
    });
    services.logger.info({ event: 'coach.consent_granted', paradoxPositions: scope.paradoxPositions }, 'consent granted');
    return renderMessage(s.shared(inertName(coachName, locale)));
  },
});
