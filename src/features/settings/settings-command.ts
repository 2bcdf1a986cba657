import type { SettingsDeps } from './settings-deps';
import { renderSettings } from '../../cards/settings-card';
import { settingsStrings } from '../../cards/strings/settings-strings';
import { nextPromptAt } from '../../domain/due-times';
import { formatWhen, OPEN_PAUSE } from './reschedule';
import { defineCommand } from '../definitions';
import { toValues } from './settings-values';

/** `instellingen` / `settings`: the settings card, filled in, with when the next question comes. */
export const settingsCommand = defineCommand({
  kind: 'settings',
  words: { nl: 'instellingen', en: 'settings' },
  phrases: ['instellingen wijzigen', 'instellingen aanpassen', 'wijzig instellingen', 'wijzig mijn instellingen', 'mijn instellingen', 'tijd wijzigen', 'tijdstip wijzigen', 'change settings', 'my settings', 'preferences'],
  help: { nl: 'Je dagen, tijd, taal, rollen en werk kiezen', en: 'Choose your days, time, language, roles and work' },
  menu: {
    personal: { nl: 'Dagen, tijd, taal en rollen kiezen', en: 'Choose days, time, language and roles' },
  },
  scope: 'personal',
  handle: async ({ person, ...turn }, _command, services: SettingsDeps) => {
    const next = person.settings.pausedUntil === OPEN_PAUSE ? undefined : nextPromptAt(person.settings, services.now());
    const s = settingsStrings[turn.locale];
    const nextText = next ? s.next(formatWhen(next, person.settings.timeZone, turn.locale)) : s.noNext;
    await turn.reply(renderSettings(services.content, { locale: turn.locale, values: toValues(person.settings), nextText }));
  },
});
