import { summaryStrings } from '../../cards/strings/summary-strings';
import { craftMonthOffered } from '../../domain/craft-reflection';
import { localDateOf } from '../../domain/due-times';
import { zoneOrDefault } from '../../domain/time-zone-of';
import { defineCommand } from '../definitions';
import { buildSummaryCard, summaryWeekStart } from './build-summary';

/** `samenvatting` (this week so far) and `samenvatting vorige week`; only in personal chat, notes are private. */
export const summaryCommand = defineCommand({
  kinds: ['summary'],
  scope: 'personal',
  elsewhere: (locale) => summaryStrings[locale].personalOnly,
  handle: async (turn, command, services) => {
    const zone = zoneOrDefault(turn.person.settings.timeZone, services.config.DEFAULT_TIME_ZONE);
    const weekStart = summaryWeekStart(services.now(), zone, command.week);
    await turn.reply(await buildSummaryCard(services, turn.person, weekStart, craftMonthOffered(localDateOf(services.now(), zone))));
  },
});
