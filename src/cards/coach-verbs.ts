/** The card verbs of the coach flow: the templates get them as data, the handlers are keyed by them. */
export const COACH_VERBS = {
  /** Consent screen: share, with `code` and the `paradoxes` toggle. */
  consent: 'coachConsent',
  /** Consent screen or stop-all confirmation: leave everything as it is. */
  cancel: 'coachCancel',
  /** Overview: stop sharing with one coach (`coachKey`). */
  stop: 'coachStop',
  /** Confirmation of `coach stop`: stop sharing with every coach. */
  stopAll: 'coachStopAll',
} as const;
