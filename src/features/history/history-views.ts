import { renderHistory } from '../../cards/history-card';
import { renderNotes } from '../../cards/notes-card';
import type { AdaptiveCard } from '../../cards/template-cache';
import { rolesOf } from '../../content/library-lookup';
import { HISTORY_CARD_WEEKS, historyFigures } from '../../domain/history-figures';
import { addWeeks, weekEndOf, weekStartOf } from '../../domain/iso-week';
import { notesPage } from '../../domain/notes-page';
import type { Person } from '../../domain/person';
import type { Services } from '../services';

export type HistoryServices = Pick<Services, 'answers' | 'content' | 'now'>;

/**
 * The history card: twelve weeks of the person's own answers. It reads only those weeks (an
 * answer's week is its question's date), never the whole partition.
 */
export async function historyCard(services: HistoryServices, person: Person): Promise<AdaptiveCard> {
  const now = services.now();
  const { timeZone, lens, locale } = person.settings;
  const firstWeek = addWeeks(weekStartOf(now, timeZone), -(HISTORY_CARD_WEEKS - 1));
  const answers = await services.answers.listBetween(person.key, firstWeek, weekEndOf(weekStartOf(now, timeZone)));
  const roleIds = rolesOf(services.content, lens).map((r) => r.id);
  return renderHistory(historyFigures({ answers, now, timeZone, roleIds, lensId: lens }), locale, services.content);
}

/** One page of the person's notes, newest first, over everything kept. */
export async function notesCard(services: HistoryServices, person: Person, page: number): Promise<AdaptiveCard> {
  const answers = await services.answers.listBetween(person.key, '0000-01-01', '9999-12-31');
  return renderNotes(notesPage(answers, page), person.settings.locale, services.content);
}
