import { renderWeeklySummary } from '../../cards/weekly-summary-card';
import type { AdaptiveCard } from '../../cards/template-cache';
import { addDays, addWeeks, weekEndOf, weekStartOf } from '../../domain/iso-week';
import { computeWeeklySummary, HISTORY_WEEKS, type WeeklySummary } from '../../domain/weekly-summary';
import type { Answer } from '../../domain/answer';
import type { Weekday } from '../../domain/person-settings';
import type { Delivery } from '../../domain/delivery';
import type { Person } from '../../domain/person';
import type { Services } from '../services';
import { zoneOrDefault } from '../../domain/time-zone-of';
import { quarterMirrorFor, withQuarterMirror } from './quarter-mirror';

/** What a summary reads; the scheduler and the bench pass their own services. */
export type SummaryServices = Pick<Services, 'answers' | 'deliveries' | 'content' | 'config'>;

/** The rows a summary is made of, before any computing. */
export interface SummaryRows {
  answers: Answer[];
  deliveries: Delivery[];
}

/**
 * A prompt can be answered days after it came (its local date is the prompt's), so the read
 * reaches a week further back than the oldest week summed up, and one day past the week's end
 * for a zone that moved.
 */
const EARLY_ANSWER_MARGIN_DAYS = 7;

/** Monday of this week (so far) or last week, on the person's clock. */
export function summaryWeekStart(now: Date, timeZone: string, week: 'this' | 'last'): string {
  const thisWeek = weekStartOf(now, timeZone);
  return week === 'this' ? thisWeek : addWeeks(thisWeek, -1);
}

/**
 * Which week the scheduled summary sums up: a summary day late in the week (Friday to Sunday)
 * looks at the week it ends, an early one (Monday to Thursday) at the whole week before.
 */
export function scheduledSummaryWeek(summaryDay: Weekday): 'this' | 'last' {
  return summaryDay >= 5 ? 'this' : 'last';
}

/** Reads the answers of the history window and the person's deliveries. */
export async function readSummaryRows(services: SummaryServices, person: Person, weekStart: string): Promise<SummaryRows> {
  const from = addDays(addWeeks(weekStart, -(HISTORY_WEEKS - 1)), -EARLY_ANSWER_MARGIN_DAYS);
  const to = addDays(weekEndOf(weekStart), 1);
  const [answers, deliveries] = await Promise.all([
    services.answers.listBetween(person.key, from, to),
    services.deliveries.listForPerson(person.key),
  ]);
  return { answers, deliveries };
}

/**
 * Local dates of the week's scheduled prompts that reached the person. Prompts asked for count
 * only once answered (weekCounts), so a `reflecteer` left unanswered is not a question put.
 */
export function promptDatesIn(deliveries: readonly Delivery[], weekStart: string): string[] {
  const weekEnd = weekEndOf(weekStart);
  return deliveries.filter((d) => d.kind === 'prompt' && d.state === 'sent' && d.localDate >= weekStart && d.localDate <= weekEnd).map((d) => d.localDate);
}

export function summaryFromRows(services: SummaryServices, person: Person, weekStart: string, rows: SummaryRows): WeeklySummary {
  return computeWeeklySummary({
    answers: rows.answers,
    promptDates: promptDatesIn(rows.deliveries, weekStart),
    weekStart,
    // A stored zone the runtime no longer knows should not cost the person their summary.
    timeZone: zoneOrDefault(person.settings.timeZone, services.config.DEFAULT_TIME_ZONE),
    lensId: person.settings.lens,
    library: services.content,
  });
}

/**
 * The summary card of `person` for the week starting on `weekStart`, with the quarter mirror below it
 * when that week ends a quarter of use, and the offer of the month's craft reflection when
 * `craftMonth` is given; the weekly send calls this too.
 */
export async function buildSummaryCard(services: SummaryServices, person: Person, weekStart: string, craftMonth?: string): Promise<AdaptiveCard> {
  const [rows, mirror] = await Promise.all([readSummaryRows(services, person, weekStart), quarterMirrorFor(services, person, weekStart)]);
  return withQuarterMirror(renderWeeklySummary(summaryFromRows(services, person, weekStart, rows), person.settings.locale, services.content, craftMonth), mirror);
}
