import type { CoachingDeps } from './coaching-deps';
import { renderCoachStopAll } from '../../cards/coach-stop-all-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { renderMessage } from '../../cards/message-card';
import { defineCommand } from '../definitions';

/**
 * `coach stop`: stop sharing with every coach, after one confirmation (stopping one coach is
 * the button on the `coach` card). Nothing changes until the person confirms.
 */
export const coachStopCommand = defineCommand({
  kind: 'coachStop',
  words: { nl: 'coach stop', en: 'coach stop' },
  phrases: ['stop coach', 'stop coaching'],
  menu: {
    personal: { nl: 'Je coach direct de toegang ontnemen', en: "Take away your coach's access at once" },
  },
  helpUnder: 'coach',
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services: CoachingDeps) => {
    const coaches = await services.coach.consents.coachesOf(person.key);
    const s = coachStrings[turn.locale];
    if (coaches.length === 0) {
      await turn.reply(renderMessage(`${s.noCoaches} ${s.invite}`));
      return;
    }
    await turn.reply(renderCoachStopAll(turn.locale, coaches.length));
  },
});
