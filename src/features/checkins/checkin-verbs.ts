/** The Action.Execute verbs of team check-in cards; templates in cards/checkin-*.json use the same words. */
export const CHECKIN_VERBS = {
  start: 'checkinStart',
  answer: 'checkinAnswer',
  close: 'checkinClose',
  refresh: 'checkinRefresh',
} as const;
