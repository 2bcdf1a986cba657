import type { ActionDefinition, CommandDefinition } from '../definitions';
import { helpCommand } from './help-command';
import { runCommandAction } from './run-command-action';
import { welcomeLaterAction, welcomeSaveAction } from './welcome-actions';

export { newcomerWelcome, sendWelcome } from './welcome';
export { answerTalk, introduceToTeam, personalOnlyText, suggestCommands } from './talk';

export const helpCommands: CommandDefinition[] = [helpCommand];
export const helpActions: ActionDefinition[] = [runCommandAction, welcomeSaveAction, welcomeLaterAction];
