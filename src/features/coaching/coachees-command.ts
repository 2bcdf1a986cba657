import type { CoachingDeps } from './coaching-deps';
import { renderCoachTrends } from '../../cards/coach-trends-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import { coachWindow } from '../../domain/coach-trend';
import { localDateOf } from '../../domain/due-times';
import { zoneOrDefault } from '../../domain/time-zone-of';
import { defineCommand } from '../definitions';
import { namesOf } from './coach-turn';

/**
 * `coachees`: the coach view. What may be shown (who, which weeks, which figures) is decided by
 * the repository; this handler only adds names and renders.
 */
export const coacheesCommand = defineCommand({
  kind: 'coachees',
  words: { nl: 'coachees', en: 'coachees' },
  phrases: ['mijn coachees', 'my coachees'],
  help: { nl: 'Als coach: de afgesloten weken van wie jou uitnodigde, vanaf 3 antwoorden per week', en: 'As a coach: the completed weeks of the people who invited you, from 3 answers a week' },
  menu: {
    personal: { nl: 'Als coach: de trends van wie jou uitnodigde', en: 'As a coach: the trends of the people who invited you' },
  },
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async ({ person, ...turn }, _command, services: CoachingDeps) => {
    const s = coachStrings[turn.locale];
    const now = services.now();
    const result = await services.coach.views.viewAsCoach(person.key, coachWindow(now), now, person.name);
    const names = await namesOf(services, [...result.coachees.map((c) => c.coacheeKey), ...result.stopped], '');
    services.logger.info({ event: 'coach.viewed', coachees: result.coachees.length, stopped: result.stopped.length }, 'coach view');
    const card = renderCoachTrends(
      services.content,
      turn.locale,
      result.coachees.map((c) => ({ name: names.get(c.coacheeKey) || s.unknownName, sharedSince: localDateOf(new Date(c.grantedAt), zoneOrDefault(person.settings.timeZone, services.config.DEFAULT_TIME_ZONE)), trend: c.trend })),
      result.stopped.map((key) => names.get(key) || s.someone),
    );
    await turn.reply(card);
  },
});
