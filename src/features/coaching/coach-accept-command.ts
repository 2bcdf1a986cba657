import { renderCoachConsent } from '../../cards/coach-consent-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { isWellFormedCode, refusalFor } from '../../domain/coach-code';
import { renderMessage } from '../../cards/message-card';
import { defineCommand } from '../definitions';
import { refusalText } from './coach-refusal';
import { namesOf } from './coach-turn';

/**
 * `coach <code>`: shows the consent screen. Nothing is written yet: the code is used only when
 * the person presses "Share", so looking at the screen commits to nothing.
 */
export const coachAcceptCommand = defineCommand({
  kinds: ['coachAccept'],
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, command, services) => {
    const s = coachStrings[turn.locale];
    const found = isWellFormedCode(command.code) ? await services.coach.codes.find(command.code) : undefined;
    const refusal = refusalFor(found?.code, person.key, services.now());
    if (!found || refusal) {
      services.logger.info({ event: 'coach.code_refused', reason: refusal ?? 'unknown' }, 'coach code refused');
      await turn.reply(renderMessage(refusalText(s, refusal ?? 'unknown')));
      return;
    }
    const names = await namesOf(services, [found.code.coachKey], s.unknownName);
    await turn.reply(renderCoachConsent(turn.locale, names.get(found.code.coachKey) ?? s.unknownName, found.code.code));
  },
});
