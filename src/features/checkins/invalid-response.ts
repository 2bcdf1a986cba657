import { renderError } from '../../cards/error-card';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { AdaptiveCard } from '../../cards/template-cache';
import type { Locale } from '../../content/types';

/** Check-in wording for a payload that does not parse, rather than the daily prompt's; nothing was written. */
export function invalidCheckinText(locale: Locale): string {
  return checkinStrings[locale].invalid;
}

/** The friendly error card for a check-in answer that does not fit the check-in (nothing was written). */
export function invalidCheckinResponse(locale: Locale, kind: 'invalid' | 'generic' = 'invalid'): AdaptiveCard {
  if (kind === 'generic') return renderError(locale, 'generic');
  return renderMessage(invalidCheckinText(locale), stringsFor(locale).error.title);
}
