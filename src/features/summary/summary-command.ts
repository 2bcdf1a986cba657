import type { SummaryDeps } from './summary-deps';
import { summaryStrings } from '../../cards/strings/summary-strings';
import { craftMonthOffered } from '../../domain/craft-reflection';
import { localDateOf } from '../../domain/due-times';
import { addWeeks } from '../../domain/iso-week';
import { zoneOrDefault } from '../../domain/time-zone-of';
import { MIN_COMPARABLE_ANSWERS } from '../../domain/weekly-summary';
import { defineCommand } from '../definitions';
import { buildSummaryCard, summaryWeekStart, weeklySummaryOf } from './build-summary';

/**
 * `samenvatting` (this week so far) and `samenvatting vorige week`; only in personal chat, notes
 * are private. Early in a week (fewer than three answers) this week says little yet: last week's
 * summary comes first, with this week so far after it.
 */
/** The summary's words mean this week's; `samenvatting vorige week` last week's. */
const THIS_WEEK: { week: 'this' | 'last' } = { week: 'this' };

export const summaryCommand = defineCommand({
  kind: 'summary',
  words: { nl: 'samenvatting', en: 'summary' },
  phrases: ['weekoverzicht', 'week overzicht', 'overzicht', 'mijn week', 'deze week', 'weekly summary', 'week summary', 'my week', 'this week'],
  plain: THIS_WEEK,
  variants: [{ args: { week: 'last' }, phrases: ['samenvatting vorige week', 'weekoverzicht vorige week', 'overzicht vorige week', 'vorige week', 'summary last week', 'last week', 'last weeks summary'] }],
  help: { nl: 'Je weekoverzicht (ook: weekoverzicht, samenvatting vorige week)', en: 'Your weekly summary (summary last week works too)' },
  menu: {
    personal: { nl: 'Je weekoverzicht: je rollenmix van deze week (of: samenvatting vorige week)', en: 'Your weekly summary: your role mix this week (or: summary last week)' },
  },
  scope: 'personal',
  elsewhere: (locale) => summaryStrings[locale].personalOnly,
  handle: async (turn, command, services: SummaryDeps) => {
    const zone = zoneOrDefault(turn.person.settings.timeZone, services.config.DEFAULT_TIME_ZONE);
    const weekStart = summaryWeekStart(services.now(), zone, command.week);
    const craftMonth = craftMonthOffered(localDateOf(services.now(), zone));
    if (command.week === 'this') {
      const [thisWeek, lastWeek] = await Promise.all([weeklySummaryOf(services, turn.person, weekStart), weeklySummaryOf(services, turn.person, addWeeks(weekStart, -1))]);
      if (thisWeek.answers < MIN_COMPARABLE_ANSWERS && lastWeek.answers > 0) {
        await turn.reply(await buildSummaryCard(services, turn.person, lastWeek.weekStart, { craftMonth, summary: lastWeek }));
        await turn.reply(await buildSummaryCard(services, turn.person, weekStart, { summary: thisWeek, soFar: true }));
        return;
      }
      await turn.reply(await buildSummaryCard(services, turn.person, weekStart, { craftMonth, summary: thisWeek }));
      return;
    }
    await turn.reply(await buildSummaryCard(services, turn.person, weekStart, { craftMonth }));
  },
});
