import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { renderMessage } from '../../cards/message-card';
import { stringsFor } from '../../cards/strings';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import type { Locale } from '../../content/types';
import { cardResponse } from '../../teams/card-reply';
import { errorResponse } from '../../teams/error-response';

/**
 * The friendly error card for a check-in payload that does not parse (nothing was written).
 * Check-in wording rather than the daily prompt's "type reflect"; other failures use the
 * common error card.
 */
export function invalidCheckinResponse(locale: Locale, kind: 'invalid' | 'generic' = 'invalid'): AdaptiveCardInvokeResponse {
  if (kind === 'generic') return errorResponse(locale, 'generic');
  return cardResponse(renderMessage(checkinStrings[locale].invalid, stringsFor(locale).error.title));
}
