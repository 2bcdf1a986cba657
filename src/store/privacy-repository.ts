import type { CheckinResponsesRepository } from './checkin-responses-repository';
import { checkinRowsOf, eraseCheckinRows, type CheckinPerson, type OwnCheckinRows } from './checkin-person-rows';
import type { DueRepository } from './due-repository';
import { deletePendingSends, pendingSendsOf, type PendingSend } from './due-person-rows';
import type { ExportLinksRepository } from './export-links-repository';
import { claimRetentionRun } from './retention-claim';
import { sweepRetention, type RetentionReport } from './retention-sweep';
import type { TableStore } from './table-store';

/**
 * The rows that export, delete and retention reach across tables, beyond what the per-table
 * repositories list by person: pending sends found by person in the due index, check-in rows
 * found by their keys, the daily retention sweep and the claim that lets one instance run it.
 */
export class PrivacyRepository {
  constructor(
    private readonly tables: TableStore,
    readonly links: ExportLinksRepository,
    private readonly due: DueRepository,
    private readonly responses: CheckinResponsesRepository,
  ) {}

  pendingSendsOf(personKey: string): Promise<PendingSend[]> {
    return pendingSendsOf(this.tables.table('due'), personKey);
  }

  deletePendingSends(personKey: string): Promise<number> {
    return deletePendingSends(this.due, this.tables.table('due'), personKey);
  }

  /** The person's check-in answers, started check-ins and series: their keys are recomputed per check-in and series kept. */
  checkinRowsOf(person: CheckinPerson): Promise<OwnCheckinRows> {
    return checkinRowsOf({ checkins: this.tables.table('checkins'), responses: this.tables.table('checkinResponses'), series: this.tables.table('checkinSeries') }, person);
  }

  eraseCheckinRows(person: CheckinPerson): Promise<{ responses: number; unlinked: number; seriesStopped: number }> {
    return eraseCheckinRows({ checkins: this.tables.table('checkins'), responses: this.responses, series: this.tables.table('checkinSeries') }, person);
  }

  sweepRetention(now: Date, retentionDays: number): Promise<RetentionReport> {
    return sweepRetention(this.tables, this.links, now, retentionDays);
  }

  /** True for exactly one caller per local date, across instances. */
  claimRetentionRun(localDate: string): Promise<boolean> {
    return claimRetentionRun(this.tables.table('privacy'), localDate);
  }
}
