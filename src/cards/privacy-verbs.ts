/** The card verbs of delete: the template gets them as data, the handlers are keyed by them. */
export const PRIVACY_VERBS = {
  /** Confirmation card: delete everything, with the card's `token`. */
  deleteConfirm: 'deleteConfirm',
  /** Confirmation card: keep everything. */
  deleteCancel: 'deleteCancel',
} as const;
