import type { DueEntry } from '../domain/due-entry';
import type { Services } from '../features/services';
import type { DueOutcome } from './due-outcome';

/** Counts a due entry this instance took up and what came of it; a send also its lag (due → sent). */
export function recordOutcome(services: Pick<Services, 'telemetry' | 'now'>, entry: DueEntry, outcome: DueOutcome): void {
  const { telemetry } = services;
  telemetry.scheduled('due', entry.kind);
  if (outcome.kind === 'sent') telemetry.scheduledSent(entry.kind, (services.now().getTime() - Date.parse(entry.dueAt)) / 1000);
  else if (outcome.kind === 'failed') telemetry.scheduled('failed', entry.kind);
  else if (outcome.kind === 'skipped' && outcome.reason) telemetry.scheduledSkipped(entry.kind, outcome.reason);
}
