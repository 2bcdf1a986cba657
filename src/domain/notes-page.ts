import { roleOf, type Answer } from './answer';

/** Notes shown on one page of "mijn notities". */
const NOTES_PER_PAGE = 5;

interface PastNote {
  /** Local date of the question the note was written with (yyyy-mm-dd). */
  localDate: string;
  paradoxId: string;
  /** Absent for "speelde vandaag niet". */
  roleId?: string;
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
export function notesPage(answers: readonly Answer[], page: number, perPage = NOTES_PER_PAGE): NotesPage {
  const withNotes = answers
    .filter((a) => (a.note ?? '').trim() !== '')
    .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.deliveryId.localeCompare(a.deliveryId));
  const pages = Math.max(1, Math.ceil(withNotes.length / perPage));
  const current = Math.min(pages, Math.max(1, Number.isInteger(page) ? page : 1));
  const notes = withNotes.slice((current - 1) * perPage, current * perPage).map((a) => {
    const roleId = roleOf(a);
    return { localDate: a.localDate, paradoxId: a.paradoxId, ...(roleId ? { roleId } : {}), text: a.note ?? '' };
  });
  return { notes, page: current, pages, total: withNotes.length, first: (current - 1) * perPage + 1 };
}
