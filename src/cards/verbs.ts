/**
 * Every Action.Execute verb of every card. The templates in cards/*.json write these words and
 * the features register a handler under each; tests/unit/verbs.test.ts fails when the two
 * drift apart.
 */
export const VERBS = {
  answer: 'reflection.answer',
  edit: 'reflection.edit',
  snooze: 'reflection.snooze',
  skip: 'reflection.skip',
  reflectAs: 'reflection.asRole',
  reflectNow: 'reflection.now',
  reflectExtra: 'reflection.extra',
  openSettings: 'settings.open',
  saveSettings: 'settings.save',
  /** "Annuleren" on the settings card: nothing is saved. No data. */
  cancelSettings: 'settings.cancel',
  /** The welcome card's "Opslaan en eerste vraag": when, work and reminder, then a first question. */
  welcomeSave: 'welcome.save',
  /** The welcome card's "Later": the defaults stay. No data. */
  welcomeLater: 'welcome.later',
  checkinStart: 'checkin.start',
  checkinAnswer: 'checkin.answer',
  checkinClose: 'checkin.close',
  checkinRefresh: 'checkin.refresh',
  /** The starter keeps a check-in open one more day (offered when closing below the minimum). */
  checkinExtend: 'checkin.extend',
  /** Stops a recurring check-in, with `seriesId`; only its owner's click works. */
  checkinSeriesStop: 'checkin.stopSeries',
  coachConsent: 'coach.consent',
  coachCancel: 'coach.cancel',
  coachStop: 'coach.stop',
  coachStopAll: 'coach.stopAll',
  deleteConfirm: 'delete.confirm',
  deleteCancel: 'delete.cancel',
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

/**
 * What a click does to the card it is on, one word per verb (issue 27: never change a card the
 * person is not looking at). `opens`: something new (a question, settings, history, a past week,
 * notes, the craft question, a command's answer) comes as a new message at the bottom of the
 * chat, where the person looks next, and the clicked card stays as it was. `updates`: the card
 * being answered or edited changes in place (saved, snoozed, closed, cancelled). A card that
 * must never be replaced (the weekly summary, the quarter mirror, check-in results) carries only
 * `opens` buttons. The router applies this to every answer, errors included.
 */
export type ClickEffect = 'opens' | 'updates';

export const CLICK_EFFECTS: Readonly<Record<Verb, ClickEffect>> = {
  'reflection.answer': 'updates',
  'reflection.edit': 'updates',
  'reflection.snooze': 'updates',
  'reflection.skip': 'updates',
  'reflection.asRole': 'opens',
  'reflection.now': 'opens',
  'reflection.extra': 'opens',
  'settings.open': 'opens',
  'settings.save': 'updates',
  'settings.cancel': 'updates',
  'welcome.save': 'updates',
  'welcome.later': 'updates',
  'checkin.start': 'updates',
  'checkin.answer': 'updates',
  'checkin.close': 'updates',
  'checkin.refresh': 'updates',
  'checkin.extend': 'updates',
  'checkin.stopSeries': 'updates',
  'coach.consent': 'updates',
  'coach.cancel': 'updates',
  'coach.stop': 'updates',
  'coach.stopAll': 'updates',
  'delete.confirm': 'updates',
  'delete.cancel': 'updates',
  'history.open': 'opens',
  'history.week': 'opens',
  'history.notes': 'opens',
  'craft.open': 'opens',
  'craft.save': 'updates',
  'command.run': 'opens',
};

/**
 * Verbs as cards sent before December 2026 wrote them (`checkinStart`, `deleteConfirm`), before
 * every verb took the dotted style (`checkin.start`). Cards stay in chats for months, so a click
 * on an old card still arrives with the old word: it means the verb of the same key.
 */
const OLD_VERB_KEYS = [
  'answer', 'edit', 'snooze', 'skip', 'reflectAs', 'reflectNow', 'reflectExtra', 'openSettings', 'saveSettings', 'cancelSettings',
  'checkinStart', 'checkinAnswer', 'checkinClose', 'checkinRefresh', 'checkinExtend', 'checkinSeriesStop',
  'coachConsent', 'coachCancel', 'coachStop', 'coachStopAll', 'deleteConfirm', 'deleteCancel',
] as const satisfies ReadonlyArray<keyof typeof VERBS>;

export const OLD_VERBS: Readonly<Record<string, Verb>> = Object.fromEntries(OLD_VERB_KEYS.map((key) => [key, VERBS[key]]));

/** The verb a click means: itself, or the current word of an old one. */
export function currentVerb(verb: unknown): unknown {
  return typeof verb === 'string' && Object.hasOwn(OLD_VERBS, verb) ? OLD_VERBS[verb] : verb;
}

/** The effect of a clicked verb (an old one's too); a verb Positie does not know replaces nothing. */
export function clickEffectOf(clicked: unknown): ClickEffect {
  const verb = currentVerb(clicked);
  return typeof verb === 'string' && Object.hasOwn(CLICK_EFFECTS, verb) ? CLICK_EFFECTS[verb as Verb] : 'opens';
}
