import type { Locale } from '../content/types';
import { renderMessage } from './message-card';
import { stringsFor } from './strings';
import type { AdaptiveCard } from './template-cache';

export type ErrorKind = 'invalid' | 'storage' | 'generic';

/** A friendly error card in the person's language. */
export function renderError(locale: Locale, kind: ErrorKind): AdaptiveCard {
  const s = stringsFor(locale).error;
  return renderMessage(s[kind], s.title);
}
