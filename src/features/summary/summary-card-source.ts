import { craftMonthOffered } from '../../domain/craft-reflection';
import { localDateOf } from '../../domain/due-times';
import { buildSummaryCard, scheduledSummaryWeek, summaryWeekStart } from './build-summary';
import type { Services } from '../services';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Person } from '../../domain/person';

/**
 * The scheduled weekly summary card. A summary on Friday sums up this week; one early in the
 * week (the person chose Monday) sums up the week before.
 */
export async function buildSummaryCardFor(services: Services, person: Person, dueAt: Date): Promise<AdaptiveCard> {
  const week = scheduledSummaryWeek(person.settings.summaryDay);
  // The first summary of a month (day 1 … 7) offers the craft reflection on the month before.
  const craftMonth = craftMonthOffered(localDateOf(dueAt, person.settings.timeZone));
  return buildSummaryCard(services, person, summaryWeekStart(dueAt, person.settings.timeZone, week), craftMonth);
}
