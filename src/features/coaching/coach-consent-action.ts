import { coachStrings } from '../../cards/strings/coach-strings';
import { refusalFor } from '../../domain/coach-code';
import { consentScope } from '../../domain/coach-scope';
import type { ActionHandler } from '../turn';
import { consentPayloadSchema } from './coach-payloads';
import { refusalText } from './coach-refusal';
import { guarded, invalidCardResponse, namesOf, textResponse } from './coach-turn';

/**
 * "Share" on the consent screen. The code is checked again (it may have expired or been used
 * meanwhile) and used once by a conditional update before the consent is stored.
 */
export const coachConsentAction: ActionHandler = async (turn, data, services) => {
  const person = turn.person;
  const parsed = consentPayloadSchema.safeParse(data);
  if (!person || !parsed.success) return invalidCardResponse(turn.locale);
  const s = coachStrings[turn.locale];
  return guarded(turn, services, async () => {
    const now = services.now();
    const found = await services.coach.codes.find(parsed.data.code);
    const refusal = refusalFor(found?.code, person.key, now);
    if (!found || refusal) return textResponse(refusalText(s, refusal ?? 'unknown'));
    if (!(await services.coach.codes.markUsed(found, person.key, now))) return textResponse(s.codeUsed);
    const scope = consentScope(parsed.data.paradoxes === 'true');
    await services.coach.consents.grant(person.key, found.code.coachKey, scope, now).catch(async (error: unknown) => {
      await services.coach.codes.release(found.code).catch(() => undefined);
      throw error;
    });
    services.logger.info({ event: 'coach.consent_granted', paradoxPositions: scope.paradoxPositions }, 'consent granted');
    const names = await namesOf(services, [found.code.coachKey], s.unknownName);
    return textResponse(s.shared(names.get(found.code.coachKey) ?? s.unknownName));
  });
};
