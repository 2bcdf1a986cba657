import type { Answer } from './answer';
import { writtenOn } from './weekly-summary-figures';

/** Notes shown on one page of "mijn notities". */
export const NOTES_PER_PAGE = 5;

export interface PastNote {
  /** Local date the note was written (yyyy-mm-dd). */
  localDate: string;
  paradoxId: string;
  roleId: string;
  text: string;
}

export interface NotesPage {
  notes: PastNote[];
  /** 1-based; a page asked beyond the end shows the last one. */
  page: number;
  pages: number;
  total: number;
  /** 1-based number of the first note on this page, among all notes. */
  first: number;
}

/** One page of a person's notes, newest first. An empty text is no note. */
export function notesPage(answers: readonly Answer[], timeZone: string, page: number, perPage = NOTES_PER_PAGE): NotesPage {
  const withNotes = answers
    .filter((a) => (a.note ?? '').trim() !== '')
    .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.deliveryId.localeCompare(a.deliveryId));
  const pages = Math.max(1, Math.ceil(withNotes.length / perPage));
  const current = Math.min(pages, Math.max(1, Number.isInteger(page) ? page : 1));
  const notes = withNotes.slice((current - 1) * perPage, current * perPage).map((a) => ({
    localDate: writtenOn(a, timeZone),
    paradoxId: a.paradoxId,
    roleId: a.roleId,
    text: a.note ?? '',
  }));
  return { notes, page: current, pages, total: withNotes.length, first: (current - 1) * perPage + 1 };
}
