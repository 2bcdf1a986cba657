import { coachStrings } from '../../cards/strings/coach-strings';
import { consentScope } from '../../domain/coach-scope';
import type { ActionHandler } from '../turn';
import { consentPayloadSchema } from './coach-payloads';
import { refusalText } from './coach-refusal';
import { checkCode } from './code-check';
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
    // Card data can carry any code: the same guessing limit as typing one.
    const check = await checkCode(services, person.key, parsed.data.code, now);
    if (check.kind === 'blocked') return textResponse(s.codeTooManyTries);
    if (check.kind === 'refused') return textResponse(refusalText(s, check.refusal));
    const found = check.found;
    await check.done();
    if (!(await services.coach.codes.markUsed(found, person.key, now))) return textResponse(s.codeRefused);
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
