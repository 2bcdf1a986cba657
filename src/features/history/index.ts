import type { ActionDefinition, CommandDefinition } from '../definitions';
import { historyNotesAction, historyOpenAction, historyWeekAction } from './history-actions';
import { historyCommand } from './history-command';

/** The mirror over months: twelve weeks of role mix and standing, past weeks, and the notes. */
export const historyCommands: CommandDefinition[] = [historyCommand];
export const historyActions: ActionDefinition[] = [historyOpenAction, historyWeekAction, historyNotesAction];
