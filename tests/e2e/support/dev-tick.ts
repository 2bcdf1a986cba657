import { DateTime } from 'luxon';
import type { RunningBot } from './running-bot';

/** Moves the bot's clock to `at` and runs one scheduler tick (`POST /dev/tick`, local mode only); what it sent. */
export async function devTick(bot: RunningBot, at: Date): Promise<{ sent: unknown[] }> {
  const response = await fetch(`${bot.botUrl}/dev/tick?at=${encodeURIComponent(at.toISOString())}`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`/dev/tick answered ${response.status}`);
  return (await response.json()) as { sent: unknown[] };
}

/**
 * The first Friday of next month, 16:30 in Amsterdam: when the default weekly summary comes, and
 * a summary in the first week of a month (day 1 … 7) offers the craft question of the month before.
 */
export function firstSummaryOfNextMonth(): DateTime {
  const first = DateTime.now().setZone('Europe/Amsterdam').startOf('month').plus({ months: 1 });
  const friday = first.plus({ days: (5 - first.weekday + 7) % 7 });
  return friday.set({ hour: 16, minute: 30, second: 30 });
}
