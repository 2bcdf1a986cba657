import { renderCoachConsent } from '../../cards/coach-consent-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { sendCard } from '../card-reply';
import type { CommandHandler } from '../turn';
import { checkCode } from './code-check';
import { refusalText } from './coach-refusal';
import { namesOf, personalPerson, sendText } from './coach-turn';

/**
 * `coach <code>`: shows the consent screen. Nothing is written yet but the try at a code: the
 * code is used only when the person presses "Share", so looking at the screen commits to nothing.
 */
export const coachAcceptCommand: CommandHandler = async (turn, command, services) => {
  if (command.kind !== 'coachAccept') return;
  const person = await personalPerson(turn);
  if (!person) return;
  const s = coachStrings[turn.locale];
  const check = await checkCode(services, person.key, command.code, services.now());
  if (check.kind !== 'usable') {
    services.logger.info({ event: 'coach.code_refused', reason: check.kind === 'blocked' ? 'blocked' : check.refusal }, 'coach code refused');
    await sendText(turn, check.kind === 'blocked' ? s.codeTooManyTries : refusalText(s, check.refusal));
    return;
  }
  await check.done();
  const names = await namesOf(services, [check.found.code.coachKey], s.unknownName);
  await sendCard(turn.context, renderCoachConsent(turn.locale, names.get(check.found.code.coachKey) ?? s.unknownName, check.found.code.code));
};
