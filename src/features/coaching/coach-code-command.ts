import { renderCoachCode } from '../../cards/coach-code-card';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';
import { formatMoment, personalPerson } from './coach-turn';

/** `coach code`: a one-time code for the coach to hand out. The code itself is never logged. */
export const coachCodeCommand: CommandHandler = async (turn, _command, services) => {
  const person = await personalPerson(turn);
  if (!person) return;
  const code = await services.coach.codes.issue(person.key, services.now());
  services.logger.info({ event: 'coach.code_issued' }, 'coach code issued');
  await sendCard(turn.context, renderCoachCode(turn.locale, code.code, formatMoment(code.expiresAt, person, turn.locale)));
};
