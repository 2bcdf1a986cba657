/**
 * Every Action.Execute verb of every card. The templates in cards/*.json write these words and
 * the features register a handler under each; tests/unit/verbs.test.ts fails when the two
 * drift apart.
 */
export const VERBS = {
  answer: 'answer',
  edit: 'edit',
  snooze: 'snooze',
  skip: 'skip',
  reflectAs: 'reflectAs',
  reflectNow: 'reflectNow',
  reflectExtra: 'reflectExtra',
  openSettings: 'openSettings',
  saveSettings: 'saveSettings',
  /** "Annuleren" on the settings card: nothing is saved. No data. */
  cancelSettings: 'cancelSettings',
  checkinStart: 'checkinStart',
  checkinAnswer: 'checkinAnswer',
  checkinClose: 'checkinClose',
  checkinRefresh: 'checkinRefresh',
  /** The starter keeps a check-in open one more day (offered when closing below the minimum). */
  checkinExtend: 'checkinExtend',
  /** Stops a recurring check-in, with `seriesId`; only its owner's click works. */
  checkinSeriesStop: 'checkinSeriesStop',
  coachConsent: 'coachConsent',
  coachCancel: 'coachCancel',
  coachStop: 'coachStop',
  coachStopAll: 'coachStopAll',
  deleteConfirm: 'deleteConfirm',
  deleteCancel: 'deleteCancel',
  /** The history card (twelve weeks). No data. */
  historyOpen: 'history.open',
  /** A past week's summary, with `weekStart` (a Monday, yyyy-mm-dd). */
  historyWeek: 'history.week',
  /** A page of notes, with `page` (1-based). */
  historyNotes: 'history.notes',
  /** The monthly craft reflection, with `month` (yyyy-mm, the month looked back on). */
  craftOpen: 'craft.open',
  /** Saves it: `month` and the input `note`. */
  craftSave: 'craft.save',
  /** A button that runs a text command, with `command` (a command kind, checked against the list). */
  runCommand: 'command.run',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
