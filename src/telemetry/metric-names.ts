/**
 * The names of Positie's metrics: a contract with docs/operations.md (its KQL) and the alerts in
 * infra/monitoring.bicep. tests/unit/operations-doc.test.ts holds the three to this list.
 */
export const METRIC_NAMES = {
  due: 'positie.scheduled.due',
  claimed: 'positie.scheduled.claimed',
  sent: 'positie.scheduled.sent',
  failed: 'positie.scheduled.failed',
  skipped: 'positie.scheduled.skipped',
  lag: 'positie.scheduled.lag',
  throttled: 'positie.teams.throttled',
  retries: 'positie.teams.retries',
  cardAction: 'positie.card_action.duration',
  answers: 'positie.answers',
  checkinsOpened: 'positie.checkins.opened',
  checkinsClosed: 'positie.checkins.closed',
  instances: 'positie.instances.live',
} as const;
