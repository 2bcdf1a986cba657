import { inertText } from './inert-text';
import { DateTime } from 'luxon';
import { findParadox } from '../content/library-lookup';
import type { ContentLibrary, Locale } from '../content/types';
import type { NotesPage } from '../domain/notes-page';
import { roleNameIn } from './role-figures';
import { historyStrings } from './strings/history-strings';
import { paradoxTitle } from './strings/position-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** Five long notes must fit well inside Teams' 28 KB; the export holds every note in full. */
const NOTE_CHARS = 1000;

/** A page of the person's notes, newest first, each with its date, paradox and role; paging by Action.Execute. */
export function renderNotes(page: NotesPage, locale: Locale, library: ContentLibrary): AdaptiveCard {
  const s = historyStrings[locale];
  const roleName = roleNameIn(library, locale);
  return expandTemplate('notes', {
    title: s.notesTitle,
    range: page.total > 0 ? s.notesRange(page.first, page.first + page.notes.length - 1, page.total) : '',
    privateText: s.notesPrivate,
    emptyText: s.noNotes,
    notes: page.notes.map((note) => {
      const paradox = findParadox(library, note.paradoxId);
      const date = DateTime.fromISO(note.localDate).setLocale(locale).toFormat('ccc d LLLL yyyy');
      return {
        meta: [date, paradox ? paradoxTitle(paradox, locale) : undefined, note.roleId ? roleName(note.roleId) : undefined].filter(Boolean).join(' · '),
        text: inertText(note.text.length > NOTE_CHARS ? `${note.text.slice(0, NOTE_CHARS - 1)}…` : note.text),
      };
    }),
    hasNewer: page.page > 1,
    newerLabel: s.newer,
    newerPage: page.page - 1,
    hasOlder: page.page < page.pages,
    olderLabel: s.older,
    olderPage: page.page + 1,
    historyLabel: s.backToHistory,
  });
}
