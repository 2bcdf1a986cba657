import type { Locale } from '../content/types';
import { privacyStrings } from './strings/privacy-strings';
import { expandTemplate, type AdaptiveCard } from './template-cache';

/**
 * `mijn gegevens` / `export`: two single-use links, the JSON file and the readable page to print.
 * They are separate links so that downloading one does not use up the other.
 */
export function renderExportLink(locale: Locale, url: string, validMinutes: number, htmlUrl: string): AdaptiveCard {
  const s = privacyStrings[locale];
  return expandTemplate('export-link', {
    title: s.exportTitle,
    text: s.exportText(validMinutes),
    readableText: s.exportReadableText,
    againText: s.exportAgain,
    openLabel: s.exportOpen,
    url,
    readableLabel: s.exportReadable,
    htmlUrl,
  });
}
