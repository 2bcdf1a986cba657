import type { HistoryDeps } from './history-deps';
import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { defineAction } from '../definitions';
import { buildSummaryCard } from '../summary/build-summary';
import { historyCard, notesCard } from './history-views';

/**
 * The buttons of the history and notes cards. Their data only says what to show (a week, a page);
 * whose figures they are comes from the activity, so forged data can only show the invoker their own.
 */
export const historyOpenAction = defineAction({
  verb: VERBS.historyOpen,
  scope: 'personal',
  schema: z.unknown(),
  handle: (turn, _data, services: HistoryDeps) => historyCard(services, turn.person),
});

export const historyWeekAction = defineAction({
  verb: VERBS.historyWeek,
  scope: 'personal',
  schema: z.object({ weekStart: z.iso.date().refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, 'a Monday') }),
  handle: (turn, { weekStart }, services: HistoryDeps) => buildSummaryCard(services, turn.person, weekStart),
});

export const historyNotesAction = defineAction({
  verb: VERBS.historyNotes,
  scope: 'personal',
  schema: z.object({ page: z.coerce.number().int().min(1).max(10_000) }),
  handle: (turn, { page }, services: HistoryDeps) => notesCard(services, turn.person, page),
});
