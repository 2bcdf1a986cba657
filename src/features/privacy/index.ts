import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { deleteCancelAction, deleteConfirmAction } from './delete-actions';
import { deleteCommand } from './delete-command';
import { exportCommand } from './export-command';

/** Privacy: the person's own data, as a download or erased. */
export const privacyCommands = [exportCommand, deleteCommand] as const;
export const privacyActions: ReadonlyArray<ActionDefinition<Services>> = [deleteConfirmAction, deleteCancelAction];
