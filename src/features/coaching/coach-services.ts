import { CoachCodesRepository } from '../../store/coach-codes-repository';
import { CodeAttemptsRepository } from '../../store/code-attempts-repository';
import { CoachViewsRepository } from '../../store/coach-views-repository';
import { ConsentsRepository } from '../../store/consents-repository';
import type { TableStore } from '../../store/table-store';

/** Everything the coach flow needs beyond the common services. */
export interface CoachServices {
  /** Who shares with whom, in both directions; the coachee's side is the truth. */
  consents: ConsentsRepository;
  /** One-time invitation codes. */
  codes: CoachCodesRepository;
  /** Each person's recent tries at a code, shared by all instances (at most 5 wrong an hour). */
  attempts: CodeAttemptsRepository;
  /** The only way to read coach data: aggregated, consent-checked, audited. */
  views: CoachViewsRepository;
}

/** `secret` keys the rows of tries at a code (the check-in secret, with its own purpose label). */
export function createCoachServices(tables: TableStore, secret: string): CoachServices {
  return {
    consents: new ConsentsRepository(tables.table('consents')),
    codes: new CoachCodesRepository(tables.table('coachCodes')),
    attempts: new CodeAttemptsRepository(tables.table('coachCodes'), secret),
    views: new CoachViewsRepository({ views: tables.table('coachViews'), consents: tables.table('consents'), answers: tables.table('answers') }),
  };
}
