import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { renderMessage } from '../cards/message-card';
import { stringsFor } from '../cards/strings';
import type { Locale } from '../content/types';
import { cardResponse } from './card-reply';

export type ErrorKind = 'invalid' | 'storage' | 'generic';

/** A friendly error card in the person's language, as the answer to a card action. */
export function errorResponse(locale: Locale, kind: ErrorKind): AdaptiveCardInvokeResponse {
  const s = stringsFor(locale).error;
  return cardResponse(renderMessage(s[kind], s.title));
}
