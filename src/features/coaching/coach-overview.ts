import type { CoachingDeps } from './coaching-deps';
import { renderCoachOverview } from '../../cards/coach-overview-card';
import { coachStrings } from '../../cards/strings/coach-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';
import { ERASED_COACH } from '../../store/coach-views-repository';
import type { Person } from '../../domain/person';
import { defineCommand } from '../definitions';
import { formatDay, formatMoment, namesOf } from './coach-turn';

/** How many of the latest views the person sees on their overview. */
const RECENT_VIEWS = 10;

/** The person's coaches, what each sees, and who looked when. */
async function coachOverviewCard(person: Person, locale: Locale, services: CoachingDeps): Promise<AdaptiveCard> {
  const consents = await services.coach.consents.coachesOf(person.key);
  const views = await services.coach.views.recentViews(person.key, RECENT_VIEWS);
  const names = await namesOf(services, [...consents.map((c) => c.coachKey), ...views.filter((v) => !v.coachName && v.coachKey !== ERASED_COACH).map((v) => v.coachKey)], coachStrings[locale].unknownName);
  const nameOf = (key: string): string => names.get(key) ?? coachStrings[locale].unknownName;
  return renderCoachOverview(
    locale,
    // Each coach under the name the person shared with; their name in Teams now beside it when it differs.
    consents.map((c) => ({ coachKey: c.coachKey, name: c.coachName ?? nameOf(c.coachKey), nameNow: nameOf(c.coachKey), scope: c.scope, since: formatDay(c.grantedAt, person, locale) })),
    // The name consented to, kept after the coach erased their data, and the one they looked under if another.
    views.map((v) => ({ who: v.coachName || nameOf(v.coachKey), ...(v.nameAtView !== undefined ? { nameAtView: v.nameAtView } : {}), when: formatMoment(v.viewedAt, person, locale) })),
  );
}

/** `coach`: the transparency card of the person who shares. */
export const coachOverviewCommand = defineCommand({
  kind: 'coach',
  words: { nl: 'coach', en: 'coach' },
  phrases: ['mijn coach', 'my coach', 'coaches', 'mijn coaches', 'my coaches'],
  help: { nl: 'Zien met wie je deelt. Met coach code maak je als coach een code; met coach K7M2QXP deel je je trends met de coach van die code. Met coach stop trek je die toegang meteen in.', en: 'See who you share with. As a coach, coach code makes a code; coach K7M2QXP shares your trends with the coach of that code. Coach stop takes that access away at once.' },
  menu: {
    personal: { nl: 'Je coaches bekijken', en: 'See your coaches' },
  },
  scope: 'personal',
  elsewhere: (locale) => coachStrings[locale].personalOnly,
  handle: async (turn, _command, services: CoachingDeps) => {
    await turn.reply(await coachOverviewCard(turn.person, turn.locale, services));
  },
});
