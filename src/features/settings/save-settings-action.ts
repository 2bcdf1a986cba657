import { renderSettings } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { errorSummary } from '../../log';
import { formatWhen, reschedulePerson } from './reschedule';
import { cardResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';
import type { ActionHandler } from '../turn';
import { parseSettings, settingsPayloadSchema } from './settings-values';

/** `saveSettings`: validates everything first; an invalid value saves nothing. */
export const saveSettingsAction: ActionHandler = async (turn, data, services) => {
  const person = turn.person;
  const parsed = settingsPayloadSchema.safeParse(data);
  if (!person || !parsed.success) return errorResponse(turn.locale, 'invalid');
  const result = parseSettings(parsed.data, person.settings, services.content, turn.locale);
  if ('error' in result) {
    return cardResponse(renderSettings(services.content, { locale: turn.locale, values: parsed.data, errorText: result.error }));
  }
  const settings = result.settings;
  try {
    await services.people.saveSettings(person.key, settings);
  } catch (error) {
    services.logger.error({ event: 'settings.save_failed', err: errorSummary(error) }, 'settings not saved');
    return errorResponse(turn.locale, 'storage');
  }
  const next = await reschedulePerson(services.due, person.key, settings, services.now());
  const s = settingsStrings[settings.locale];
  const nextText = next ? s.next(formatWhen(next, settings.timeZone, settings.locale)) : s.noNext;
  return cardResponse(renderSettings(services.content, { locale: settings.locale, values: parsed.data, saved: true, nextText }));
};
