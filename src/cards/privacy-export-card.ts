import type { Locale } from '../content/types';
import { privacyStrings } from './strings/privacy-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/** `mijn gegevens` / `export`: the single-use download link. */
export function renderExportLink(locale: Locale, url: string, validMinutes: number): AdaptiveCard {
  const s = privacyStrings[locale];
  return expandTemplate('export-link', { title: s.exportTitle, text: s.exportText(validMinutes), againText: s.exportAgain, openLabel: s.exportOpen, url });
}
