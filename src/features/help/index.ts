import type { CommandDefinition } from '../definitions';
import { helpCommand } from './help-command';

export { sendWelcome } from './welcome';

export const helpCommands: CommandDefinition[] = [helpCommand];
