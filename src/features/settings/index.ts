import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { pauseCommand, resumeCommand } from './pause-commands';
import { openSettingsAction } from './open-settings-action';
import { cancelSettingsAction } from './cancel-settings-action';
import { saveSettingsAction } from './save-settings-action';
import { settingsCommand } from './settings-command';

/** Settings: the settings card, pause and resume. */
export const settingsCommands = [settingsCommand, pauseCommand, resumeCommand] as const;
export const settingsActions: ReadonlyArray<ActionDefinition<Services>> = [saveSettingsAction, openSettingsAction, cancelSettingsAction];

export { saveSettingsValues, type SettingsSaved } from './save-settings';
