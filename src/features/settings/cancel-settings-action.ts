import { z } from 'zod';
import { renderMessage } from '../../cards/message-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { VERBS } from '../../cards/verbs';
import { defineAction } from '../definitions';

/** "Annuleren" on the settings card: the card becomes a short "nothing changed"; nothing is read or written. */
export const cancelSettingsAction = defineAction({
  verb: VERBS.cancelSettings,
  scope: 'personal',
  schema: z.unknown(),
  handle: async (turn) => renderMessage(settingsStrings[turn.locale].cancelled),
});
