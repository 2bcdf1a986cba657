/**
 * The card verbs of the mirror (history, past weeks, notes): the templates get them as data, the
 * handlers are keyed by them. Data carries only what to show; whose data it is comes from the
 * activity, so a forged week or page can only show the invoker their own figures.
 */
export const MIRROR_VERBS = {
  /** Open the history card (twelve weeks). No data. */
  history: 'history.open',
  /** History card: open the summary of a past week, with `weekStart` (a Monday, yyyy-mm-dd). */
  week: 'history.week',
  /** History or notes card: show a page of notes, with `page` (1-based). */
  notes: 'history.notes',
} as const;

/** Data of `history.week`: the Monday of the week to summarise. */
export interface HistoryWeekData {
  weekStart: string;
}

/** Data of `history.notes`: the page to show. */
export interface NotesPageData {
  page: number;
}
