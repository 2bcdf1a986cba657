import type { Locale } from '../content/types';
import { stringsFor } from './strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** The first card after installing; its buttons are card actions (`reflectNow`, `openSettings`), which Teams and the Playground both deliver. */
export function renderWelcome(locale: Locale): AdaptiveCard {
  const s = stringsFor(locale).welcome;
  return expandTemplate('welcome', {
    title: s.title,
    what: s.what,
    who: s.who,
    how: s.how,
    startLabel: s.start,
    settingsLabel: s.settings,
  });
}
