import type { SettingsDeps } from './settings-deps';
import { buttonSource } from '../button-source';
import { dayStrings } from '../../cards/strings/day-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction, messageReply } from '../definitions';
import { settingsCommand } from './settings-command';

/**
 * `openSettings` (the welcome card's and the summary's "settings" button): the same settings
 * card as the `instellingen` command, sent as a new message, so the card with the button stays.
 */
export const openSettingsAction = defineAction({
  verb: VERBS.openSettings,
  scope: 'personal',
  schema: buttonSource(['welcome', 'summary']),
  handle: async (turn, _input, services: SettingsDeps) => {
    await settingsCommand.run(turn, { kind: 'settings' }, services);
    return messageReply(dayStrings[turn.locale].settingsBelow);
  },
});
