import { renderMessage } from '../../cards/message-card';
import { summaryStrings } from '../../cards/strings/summary-strings';
import { sendCard } from '../../teams/card-reply';
import { buildSummaryCard, summaryWeekStart } from './build-summary';
import { zoneOrDefault } from '../../domain/time-zone-of';
import type { CommandHandler } from '../turn';

/** `samenvatting` (this week so far) and `samenvatting vorige week`; only in personal chat, notes are private. */
export const summaryCommand: CommandHandler = async (turn, command, services) => {
  if (command.kind !== 'summary') return;
  const { person } = turn;
  if (!person) {
    await sendCard(turn.context, renderMessage(summaryStrings[turn.locale].personalOnly));
    return;
  }
  const zone = zoneOrDefault(person.settings.timeZone, services.config.DEFAULT_TIME_ZONE);
  const weekStart = summaryWeekStart(services.now(), zone, command.week);
  await sendCard(turn.context, await buildSummaryCard(services, person, weekStart));
};
