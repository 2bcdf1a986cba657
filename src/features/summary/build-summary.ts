import { renderWeeklySummary } from '../../cards/weekly-summary-card';
import type { AdaptiveCard } from '../../cards/template-cache';
import { addWeeks, weekEndOf, weekStartOf } from '../../domain/iso-week';
import { computeWeeklySummary, HISTORY_WEEKS, type WeeklySummary } from '../../domain/weekly-summary';
import type { Answer } from '../../domain/answer';
import { workProfileOf, type Weekday } from '../../domain/person-settings';
import type { Delivery } from '../../domain/delivery';
import type { Person } from '../../domain/person';
import type { Services } from '../services';
import { quarterMirrorFor, withQuarterMirror } from './quarter-mirror';

/** What a summary reads; the scheduler and the bench pass their own services. */
export type SummaryServices = Pick<Services, 'answers' | 'deliveries' | 'content' | 'config'>;

/** The rows a summary is made of, before any computing. */
interface SummaryRows {
  answers: Answer[];
  deliveries: Delivery[];
}

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

/**
 * Reads the answers of the history window and the person's deliveries. An answer belongs to its
 * question's date, however late it was given, so the window's dates are all there is to read.
 */
export async function readSummaryRows(services: SummaryServices, person: Person, weekStart: string): Promise<SummaryRows> {
  const [answers, deliveries] = await Promise.all([
    services.answers.listBetween(person.key, addWeeks(weekStart, -(HISTORY_WEEKS - 1)), weekEndOf(weekStart)),
    services.deliveries.listForPerson(person.key),
  ]);
  return { answers, deliveries };
}

/**
 * Local dates of the week's scheduled prompts that reached the person. Prompts asked for count
 * only once answered (weekCounts), so a `reflecteer` left unanswered is not a question put.
 */
function promptDatesIn(deliveries: readonly Delivery[], weekStart: string): string[] {
  const weekEnd = weekEndOf(weekStart);
  return deliveries.filter((d) => d.kind === 'prompt' && d.state === 'sent' && d.localDate >= weekStart && d.localDate <= weekEnd).map((d) => d.localDate);
}

export function summaryFromRows(services: SummaryServices, person: Person, weekStart: string, rows: SummaryRows): WeeklySummary {
  return computeWeeklySummary({
    answers: rows.answers,
    promptDates: promptDatesIn(rows.deliveries, weekStart),
    weekStart,
    lensId: person.settings.lens,
    library: services.content,
    profile: workProfileOf(person.settings),
  });
}

/** The figures of `person`'s week starting on `weekStart`. */
export async function weeklySummaryOf(services: SummaryServices, person: Person, weekStart: string): Promise<WeeklySummary> {
  return summaryFromRows(services, person, weekStart, await readSummaryRows(services, person, weekStart));
}

/** How a summary card is shown: the month's craft offer, figures already computed, a week still running. */
interface SummaryCardOptions {
  /** yyyy-mm: offer the craft reflection on that month. */
  craftMonth?: string;
  summary?: WeeklySummary;
  /** The week is still running ("tot nu toe"), shown after last week's summary. */
  soFar?: boolean;
}

/**
 * The summary card of `person` for the week starting on `weekStart`, with the quarter mirror below it
 * when that week ends a quarter of use; the weekly send calls this too.
 */
export async function buildSummaryCard(services: SummaryServices, person: Person, weekStart: string, options: SummaryCardOptions = {}): Promise<AdaptiveCard> {
  const [figures, mirror] = await Promise.all([options.summary ?? weeklySummaryOf(services, person, weekStart), quarterMirrorFor(services, person, weekStart)]);
  return withQuarterMirror(renderWeeklySummary(figures, person.settings.locale, services.content, options.craftMonth, options.soFar), mirror);
}
