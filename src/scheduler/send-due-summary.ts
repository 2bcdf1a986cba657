import type { SchedulerDeps } from './scheduler-deps';
import { nextSummaryAt } from '../domain/due-times';
import type { DueEntry } from '../domain/due-entry';
import { sendScheduled } from './scheduled-send';
import type { DueOutcome } from './due-outcome';
import { buildSummaryCardFor, summaryWanted } from '../features/summary/summary-card-source';

/** The weekly summary, with the same claim-before-send as prompts; in a pause only for a week with answers. */
export function sendDueSummary(services: SchedulerDeps, entry: DueEntry, now: Date): Promise<DueOutcome> {
  return sendScheduled(services, entry, now, {
    kind: 'summary',
    nextAt: nextSummaryAt,
    claimFields: async () => ({}),
    wanted: (person, dueAt) => summaryWanted(services, person, dueAt),
    card: (person, _delivery, dueAt) => buildSummaryCardFor(services, person, dueAt),
  });
}
