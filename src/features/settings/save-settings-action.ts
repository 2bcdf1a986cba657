import type { SettingsDeps } from './settings-deps';
import { renderSettings } from '../../cards/settings-card';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { PersonalTurn } from '../turn';
import { saveSettingsValues } from './save-settings';
import { settingsPayloadSchema, type SettingsPayload } from './settings-values';

/** `saveSettings`: validates everything first; an invalid value saves nothing. */
export const saveSettingsAction = defineAction({ verb: VERBS.saveSettings, scope: 'personal', schema: settingsPayloadSchema, handle: saveSettings });

async function saveSettings({ person, locale }: PersonalTurn, payload: SettingsPayload, services: SettingsDeps): Promise<ActionReply> {
  const result = await saveSettingsValues(person, payload, locale, services);
  if ('error' in result) return renderSettings(services.content, { locale, values: payload, errorText: result.error });
  if ('storageFailed' in result) return renderError(locale, 'storage');
  return renderSettings(services.content, { locale: result.saved.locale, values: payload, saved: true, nextText: result.nextText });
}
