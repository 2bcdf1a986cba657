import type { SettingsValues } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import type { Locale } from '../../content/types';
import type { Person } from '../../domain/person';
import type { PersonSettings } from '../../domain/person-settings';
import { errorSummary } from '../../log';
import type { Services } from '../services';
import { formatWhen, reschedulePerson } from './reschedule';
import { parseSettings } from './settings-values';

/** What saving gave: the saved settings and when the next question comes, or why nothing was saved. */
export type SettingsSaved = { saved: PersonSettings; nextText: string } | { error: string } | { storageFailed: true };

/**
 * The one way settings are saved (the settings card and the welcome card): every value is
 * checked first and an invalid one saves nothing; then the profile is written and the next
 * question, summary and reminder are put in the due index. `keepLanguageChoice` is for a card
 * that does not ask the language (the welcome): the language keeps following Teams.
 */
export async function saveSettingsValues(person: Person, values: SettingsValues, locale: Locale, services: Pick<Services, 'content' | 'people' | 'due' | 'logger' | 'now'>, options: { keepLanguageChoice?: boolean } = {}): Promise<SettingsSaved> {
  const result = parseSettings(values, person.settings, services.content, locale);
  if ('error' in result) return result;
  const settings: PersonSettings = options.keepLanguageChoice ? withLanguageChoice(result.settings, person.settings.localeChosen) : result.settings;
  try {
    await services.people.saveSettings(person.key, settings);
  } catch (error) {
    services.logger.error({ event: 'settings.save_failed', err: errorSummary(error) }, 'settings not saved');
    return { storageFailed: true };
  }
  const next = await reschedulePerson(services.due, person.key, settings, services.now());
  const s = settingsStrings[settings.locale];
  return { saved: settings, nextText: next ? s.next(formatWhen(next, settings.timeZone, settings.locale)) : s.noNext };
}

function withLanguageChoice(settings: PersonSettings, chosen: boolean | undefined): PersonSettings {
  const { localeChosen: _chosen, ...rest } = settings;
  return chosen ? { ...rest, localeChosen: true } : rest;
}
