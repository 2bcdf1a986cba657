import { renderSettings } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { errorSummary } from '../../log';
import { formatWhen, reschedulePerson } from './reschedule';
import { renderError } from '../../cards/error-card';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionReply } from '../definitions';
import type { Services } from '../services';
import type { PersonalTurn } from '../turn';
import { parseSettings, settingsPayloadSchema, type SettingsPayload } from './settings-values';

/** `saveSettings`: validates everything first; an invalid value saves nothing. */
export const saveSettingsAction = defineAction({ verb: VERBS.saveSettings, scope: 'personal', schema: settingsPayloadSchema, handle: saveSettings });

async function saveSettings({ person, locale }: PersonalTurn, payload: SettingsPayload, services: Services): Promise<ActionReply> {
  const result = parseSettings(payload, person.settings, services.content, locale);
  if ('error' in result) {
    return renderSettings(services.content, { locale, values: payload, errorText: result.error });
  }
  const settings = result.settings;
  try {
    await services.people.saveSettings(person.key, settings);
  } catch (error) {
    services.logger.error({ event: 'settings.save_failed', err: errorSummary(error) }, 'settings not saved');
    return renderError(locale, 'storage');
  }
  const next = await reschedulePerson(services.due, person.key, settings, services.now());
  const s = settingsStrings[settings.locale];
  const nextText = next ? s.next(formatWhen(next, settings.timeZone, settings.locale)) : s.noNext;
  return renderSettings(services.content, { locale: settings.locale, values: payload, saved: true, nextText });
}
