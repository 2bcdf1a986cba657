import { coachStrings } from '../../cards/strings/coach-strings';
import type { ActionHandler } from '../turn';
import { stopPayloadSchema } from './coach-payloads';
import { guarded, invalidCardResponse, namesOf, textResponse } from './coach-turn';

/** "Stop sharing with …" on the overview: immediate, and only ever the invoker's own consent. */
export const coachStopAction: ActionHandler = async (turn, data, services) => {
  const person = turn.person;
  const parsed = stopPayloadSchema.safeParse(data);
  if (!person || !parsed.success) return invalidCardResponse(turn.locale);
  const s = coachStrings[turn.locale];
  return guarded(turn, services, async () => {
    const { coachKey } = parsed.data;
    if (!(await services.coach.consents.revoke(person.key, coachKey, services.now()))) return textResponse(s.notSharing);
    services.logger.info({ event: 'coach.consent_revoked' }, 'consent revoked');
    const names = await namesOf(services, [coachKey], s.unknownName);
    return textResponse(s.stopped(names.get(coachKey) ?? s.unknownName));
  });
};

/** Confirmation of `coach stop`: every consent of the invoker ends at once. */
export const coachStopAllAction: ActionHandler = async (turn, _data, services) => {
  const person = turn.person;
  if (!person) return invalidCardResponse(turn.locale);
  return guarded(turn, services, async () => {
    const count = await services.coach.consents.revokeAll(person.key, services.now());
    services.logger.info({ event: 'coach.consent_revoked_all', count }, 'all consents revoked');
    return textResponse(coachStrings[turn.locale].stoppedAll);
  });
};

/** "Don't share" / "Keep sharing": nothing changes. */
export const coachCancelAction: ActionHandler = async (turn) => textResponse(coachStrings[turn.locale].cancelled);
