import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { historyNotesAction, historyOpenAction, historyWeekAction } from './history-actions';
import { historyCommand, notesCommand } from './history-command';

/** The mirror over months: twelve weeks of role mix and standing, past weeks, and the notes. */
export const historyCommands = [historyCommand, notesCommand] as const;
export const historyActions: ReadonlyArray<ActionDefinition<Services>> = [historyOpenAction, historyWeekAction, historyNotesAction];
