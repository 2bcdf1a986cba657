import type { ActionDefinition, CommandDefinition } from '../definitions';
import { deleteCancelAction, deleteConfirmAction } from './delete-actions';
import { deleteCommand } from './delete-command';
import { exportCommand } from './export-command';

/** Privacy: the person's own data, as a download or erased. */
export const privacyCommands: CommandDefinition[] = [exportCommand, deleteCommand];
export const privacyActions: ActionDefinition[] = [deleteConfirmAction, deleteCancelAction];
