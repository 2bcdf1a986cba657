import type { Locale } from '../content/types';
import { COMMAND_WORDS } from '../domain/commands';
import { stringsFor } from './strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

export function renderWelcome(locale: Locale): AdaptiveCard {
  const s = stringsFor(locale).welcome;
  return expandTemplate('welcome', {
    title: s.title,
    what: s.what,
    who: s.who,
    how: s.how,
    startLabel: s.start,
    startCommand: COMMAND_WORDS.reflect[locale],
    settingsLabel: s.settings,
    settingsCommand: COMMAND_WORDS.settings[locale],
  });
}
