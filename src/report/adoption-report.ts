import { createHash } from 'node:crypto';
import { ANSWERS_FROM_ACTIVE, countWeek, maxSettledWeeks, MIN_GROUP, publish, ROUND_TO, settledWeeks, tenantsOf, type PublishedFigures, type ReportWeek } from '../domain/adoption-figures';
import { localDateOf } from '../domain/due-times';
import { addDays } from '../domain/iso-week';
import type { AdoptionStore } from '../store/adoption-store';

interface ReportOptions {
  now: Date;
  timeZone: string;
  weeks: number;
  /** Days after its date a prompt can still be answered: a week is shown only once it cannot change. */
  answerWindowDays: number;
  /** The shortest retention of answers and check-ins: no week older than that is counted. */
  retentionDays: number;
  /** Only this tenant. */
  tenantId?: string;
  /** Put tenant ids in the report (otherwise only a short label derived from them). */
  showTenantIds: boolean;
}

export type WeekFigures = ReportWeek & PublishedFigures;

export interface OrganisationFigures {
  /** A short, stable label: the first characters of a hash of the tenant id. */
  label: string;
  tenantId?: string;
  weeks: WeekFigures[];
}

/** The report as text and JSON show it; null figures are "too few to show". */
export interface AdoptionReport {
  generatedAt: string;
  timeZone: string;
  rules: { minGroup: number; roundTo: number; answersFromActive: number };
  organisations: OrganisationFigures[];
}

export class TooManyWeeksError extends Error {
  constructor(readonly max: number) {
    super(`at most ${max} weeks`);
  }
}

/**
 * Counts the settled weeks of every tenant, publishes what may be shown, and freezes each week the
 * first time it is shown: a week shown once reads the same in every later run.
 */
export async function buildAdoptionReport(store: AdoptionStore, options: ReportOptions): Promise<AdoptionReport> {
  const today = localDateOf(options.now, options.timeZone);
  const max = maxSettledWeeks(today, options.retentionDays, options.answerWindowDays);
  if (options.weeks > max) throw new TooManyWeeksError(max);
  await store.prepare();
  const weeks = settledWeeks(today, options.weeks, options.answerWindowDays);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const organisations: OrganisationFigures[] = [];
  if (first && last) {
    // A day on either side: a start in the report's zone can fall on another UTC date.
    const facts = await store.readFacts({
      from: first.from,
      to: last.to,
      startedFrom: `${addDays(first.from, -1)}T00:00:00.000Z`,
      startedBefore: `${addDays(last.to, 2)}T00:00:00.000Z`,
      ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
    });
    const known = tenantsOf(facts);
    // An organisation asked for by id is answered whether it exists or not: an unknown one reads
    // exactly like one too small to show, so the report cannot be used to test which tenants use
    // Positie. Only figures of a tenant with facts are frozen (nothing is written for a made-up id).
    const tenants = options.tenantId !== undefined ? [options.tenantId] : known;
    for (const tenantId of tenants) {
      const frozen = await store.published.weeksOf(tenantId, first.week, last.week);
      const rows: WeekFigures[] = [];
      for (const week of weeks) {
        const counted = publish(countWeek(facts, tenantId, week, options.timeZone));
        const figures = frozen.get(week.week) ?? (known.includes(tenantId) ? await store.published.freeze(tenantId, week.week, counted) : counted);
        rows.push({ ...week, ...figures });
      }
      organisations.push({ label: labelOf(tenantId), ...(options.showTenantIds ? { tenantId } : {}), weeks: rows });
    }
  }
  return { generatedAt: options.now.toISOString(), timeZone: options.timeZone, rules: { minGroup: MIN_GROUP, roundTo: ROUND_TO, answersFromActive: ANSWERS_FROM_ACTIVE }, organisations: organisations.sort((a, b) => a.label.localeCompare(b.label)) };
}

function labelOf(tenantId: string): string {
  return createHash('sha256').update(tenantId).digest('hex').slice(0, 8);
}
