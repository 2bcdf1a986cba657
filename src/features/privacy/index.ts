import { PRIVACY_VERBS } from '../../cards/privacy-verbs';
import type { ActionHandler, CommandHandler } from '../turn';
import type { CommandKind } from '../../domain/commands';
import { deleteCancelAction, deleteConfirmAction } from './delete-actions';
import { deleteCommand } from './delete-command';
import { exportCommand } from './export-command';

/** The privacy commands, spread into the command table. */
export const privacyCommandHandlers: Partial<Record<CommandKind, CommandHandler>> = {
  export: exportCommand,
  delete: deleteCommand,
};

/** The delete card's verbs, spread into the verb table. */
export const privacyActionHandlers: Record<string, ActionHandler> = {
  [PRIVACY_VERBS.deleteConfirm]: deleteConfirmAction,
  [PRIVACY_VERBS.deleteCancel]: deleteCancelAction,
};
