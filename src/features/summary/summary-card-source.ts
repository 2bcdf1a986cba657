import type { SummaryDeps } from './summary-deps';
import { craftMonthOffered } from '../../domain/craft-reflection';
import { localDateOf } from '../../domain/due-times';
import { weekEndOf } from '../../domain/iso-week';
import { buildSummaryCard, scheduledSummaryWeek, summaryWeekStart } from './build-summary';
import type { Services } from '../services';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Person } from '../../domain/person';

/** Monday of the week the summary due at `dueAt` sums up. */
function summedUpWeek(person: Person, dueAt: Date): string {
  return summaryWeekStart(dueAt, person.settings.timeZone, scheduledSummaryWeek(person.settings.summaryDay));
}

/**
 * The scheduled weekly summary card. A summary on Friday sums up this week; one early in the
 * week (the person chose Monday) sums up the week before.
 */
export async function buildSummaryCardFor(services: SummaryDeps, person: Person, dueAt: Date): Promise<AdaptiveCard> {
  // The first summary of a month (day 1 … 7) offers the craft reflection on the month before.
  const craftMonth = craftMonthOffered(localDateOf(dueAt, person.settings.timeZone));
  return buildSummaryCard(services, person, summedUpWeek(person, dueAt), { craftMonth });
}

/**
 * Whether the scheduled summary comes. A pause stops questions, not the look back at what was
 * done: in a pause the summary of a week with answers still comes; a week without answers gets none.
 */
export async function summaryWanted(services: Pick<Services, 'answers'>, person: Person, dueAt: Date): Promise<boolean> {
  const { pausedUntil, timeZone } = person.settings;
  if (pausedUntil === undefined || pausedUntil < localDateOf(dueAt, timeZone)) return true;
  const weekStart = summedUpWeek(person, dueAt);
  return (await services.answers.listBetween(person.key, weekStart, weekEndOf(weekStart))).length > 0;
}
