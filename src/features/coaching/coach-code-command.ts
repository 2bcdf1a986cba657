import type { CoachingDeps } from './coaching-deps';
import { renderCoachCode } from '../../cards/coach-code-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { defineCommand } from '../definitions';
import { formatMoment } from './coach-turn';

/** `coach code`: a one-time code for the coach to hand out. The code itself is never logged. */
export const coachCodeCommand = defineCommand({
  kind: 'coachCode',
  words: { nl: 'coach code', en: 'coach code' },
  phrases: ['coachcode', 'code'],
  menu: {
    personal: { nl: 'Als coach: een code maken voor wie jou wil uitnodigen', en: 'As a coach: make a code for someone who wants to invite you' },
  },
  helpUnder: 'coach',
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services: CoachingDeps) => {
    const code = await services.coach.codes.issue(person.key, services.now());
    services.logger.info({ event: 'coach.code_issued' }, 'coach code issued');
    await turn.reply(renderCoachCode(turn.locale, code.code, formatMoment(code.expiresAt, person, turn.locale)));
  },
});
