import { renderCoachConsent } from '../../cards/coach-consent-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { isWellFormedCode, refusalFor } from '../../domain/coach-code';
import { sendCard } from '../../teams/card-reply';
import type { CommandHandler } from '../turn';
import { refusalText } from './coach-refusal';
import { namesOf, personalPerson, sendText } from './coach-turn';

/**
 * `coach <code>`: shows the consent screen. Nothing is written yet: the code is used only when
 * the person presses "Share", so looking at the screen commits to nothing.
 */
export const coachAcceptCommand: CommandHandler = async (turn, command, services) => {
  if (command.kind !== 'coachAccept') return;
  const person = await personalPerson(turn);
  if (!person) return;
  const s = coachStrings[turn.locale];
  const found = isWellFormedCode(command.code) ? await services.coach.codes.find(command.code) : undefined;
  const refusal = refusalFor(found?.code, person.key, services.now());
  if (!found || refusal) {
    services.logger.info({ event: 'coach.code_refused', reason: refusal ?? 'unknown' }, 'coach code refused');
    await sendText(turn, refusalText(s, refusal ?? 'unknown'));
    return;
  }
  const names = await namesOf(services, [found.code.coachKey], s.unknownName);
  await sendCard(turn.context, renderCoachConsent(turn.locale, names.get(found.code.coachKey) ?? s.unknownName, found.code.code));
};
