import type { CommandKind } from '../../domain/commands';
import type { CommandHandler } from '../turn';
import { helpCommand } from './help-command';

/** One handler per command kind; commands without a handler get the "unknown" answer. */
export const commandHandlers: Partial<Record<CommandKind, CommandHandler>> = {
  help: helpCommand,
};
