import type { ActionDefinition, CommandDefinition } from '../definitions';
import { pauseCommand, resumeCommand } from './pause-commands';
import { openSettingsAction } from './open-settings-action';
import { cancelSettingsAction } from './cancel-settings-action';
import { saveSettingsAction } from './save-settings-action';
import { settingsCommand } from './settings-command';

/** Settings: the settings card, pause and resume. */
export const settingsCommands: CommandDefinition[] = [settingsCommand, pauseCommand, resumeCommand];
export const settingsActions: ActionDefinition[] = [saveSettingsAction, openSettingsAction, cancelSettingsAction];

export { saveSettingsValues, type SettingsSaved } from './save-settings';
