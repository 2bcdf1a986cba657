import type { CoachingDeps } from './coaching-deps';
import { renderCoachConsent } from '../../cards/coach-consent-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { renderMessage } from '../../cards/message-card';
import { defineCommand } from '../definitions';
import { refusalText } from './coach-refusal';
import { checkCode } from './code-check';
import { coachNameStrings } from '../../cards/strings/coach-name-strings';
import { isBlankName } from '../../cards/inert-text';

/**
 * `coach <code>`: shows the consent screen. Nothing is written yet but the try at a code: the
 * code is used only when the person presses "Share", so looking at the screen commits to nothing.
 */
export const coachAcceptCommand = defineCommand({
  kind: 'coachAccept',
  parse: (text) => {
    const accept = /^coach ([a-z0-9]{6,8})$/.exec(text);
    return accept?.[1] ? { code: accept[1].toUpperCase() } : undefined;
  },
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, command, services: CoachingDeps) => {
    const s = coachStrings[turn.locale];
    const check = await checkCode(services, person.key, command.code, services.now());
    if (check.kind !== 'usable') {
      services.logger.info({ event: 'coach.code_refused', reason: check.kind === 'blocked' ? 'blocked' : check.refusal }, 'coach code refused');
      await turn.reply(renderMessage(check.kind === 'blocked' ? s.codeTooManyTries : refusalText(s, check.refusal)));
      return;
    }
    await check.done();
    // Consent to share with someone unnamed is not informed: until Positie knows the coach's
    // name (from a message of theirs), the coachee is told what is missing instead.
    const coachName = (await services.people.get(check.found.code.coachKey))?.name ?? '';
    // A name of only spaces or invisible characters is no name either.
    if (isBlankName(coachName)) {
      services.logger.info({ event: 'coach.consent_without_name' }, 'consent not shown: the coach has no name yet');
      await turn.reply(renderMessage(coachNameStrings[turn.locale].coachUnnamed));
      return;
    }
    await turn.reply(renderCoachConsent(turn.locale, coachName, check.found.code.code));
  },
});
