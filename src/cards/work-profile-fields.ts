import { KINDS_OF_WORK, LAYERS, type Locale } from '../content/types';
import { settingsStrings } from './strings/settings-strings';

/** The work-profile inputs' labels and choices, the same on the welcome card and the settings card. */
export function workProfileFields(locale: Locale) {
  const s = settingsStrings[locale];
  return {
    layerLabel: s.layer,
    layers: LAYERS.map((layer) => ({ title: s.layers[layer], value: layer })),
    kindsLabel: s.kindsOfWork,
    kindsError: s.kindsError,
    kinds: KINDS_OF_WORK.map((kind) => ({ title: s.kinds[kind], value: kind })),
    leadsHeading: s.leadsHeading,
    leadsPeopleLabel: s.leadsPeople,
  };
}
