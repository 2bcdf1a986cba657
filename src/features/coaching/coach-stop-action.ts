import type { CoachingDeps } from './coaching-deps';
import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction } from '../definitions';
import { stopPayloadSchema } from './coach-payloads';
import { namesOf } from './coach-turn';
import { inertName } from '../../cards/inert-text';

/** "Stop sharing with …" on the overview: immediate, and only ever the invoker's own consent. */
export const coachStopAction = defineAction({
  verb: VERBS.coachStop,
  scope: 'personal',
  schema: stopPayloadSchema,
  handle: async ({ person, locale }, { coachKey }, services: CoachingDeps) => {
    const s = coachStrings[locale];
    if (!(await services.coach.consents.revoke(person.key, coachKey, services.now()))) return renderMessage(s.notSharing);
    services.logger.info({ event: 'coach.consent_revoked' }, 'consent revoked');
    const names = await namesOf(services, [coachKey], s.unknownName);
    return renderMessage(s.stopped(inertName(names.get(coachKey) ?? s.unknownName, locale)));
  },
});

/** Confirmation of `coach stop`: every consent of the invoker ends at once. */
export const coachStopAllAction = defineAction({
  verb: VERBS.coachStopAll,
  scope: 'personal',
  schema: z.unknown(),
  handle: async ({ person, locale }, _data, services: CoachingDeps) => {
    const count = await services.coach.consents.revokeAll(person.key, services.now());
    services.logger.info({ event: 'coach.consent_revoked_all', count }, 'all consents revoked');
    return renderMessage(coachStrings[locale].stoppedAll);
  },
});

/** "Don't share" / "Keep sharing": nothing changes. */
export const coachCancelAction = defineAction({
  verb: VERBS.coachCancel,
  scope: 'personal',
  schema: z.unknown(),
  handle: async ({ locale }) => renderMessage(coachStrings[locale].cancelled),
});
