import { renderCoachCode } from '../../cards/coach-code-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { defineCommand } from '../definitions';
import { formatMoment } from './coach-turn';

/** `coach code`: a one-time code for the coach to hand out. The code itself is never logged. */
export const coachCodeCommand = defineCommand({
  kinds: ['coachCode'],
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services) => {
    const code = await services.coach.codes.issue(person.key, services.now());
    services.logger.info({ event: 'coach.code_issued' }, 'coach code issued');
    await turn.reply(renderCoachCode(turn.locale, code.code, formatMoment(code.expiresAt, person, turn.locale)));
  },
});
