import { renderCoachStopAll } from '../../cards/coach-stop-all-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';
import { personalPerson, sendText } from './coach-turn';

/**
 * `coach stop`: stop sharing with every coach, after one confirmation (stopping one coach is
 * the button on the `coach` card). Nothing changes until the person confirms.
 */
export const coachStopCommand: CommandHandler = async (turn, _command, services) => {
  const person = await personalPerson(turn);
  if (!person) return;
  const coaches = await services.coach.consents.coachesOf(person.key);
  const s = coachStrings[turn.locale];
  if (coaches.length === 0) {
    await sendText(turn, `${s.noCoaches} ${s.invite}`);
    return;
  }
  await sendCard(turn.context, renderCoachStopAll(turn.locale, coaches.length));
};
