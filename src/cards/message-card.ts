import { expandTemplate, type AdaptiveCard } from './template-cache';

/** A short card with an optional bold title, for confirmations and errors. */
export function renderMessage(text: string, title = ''): AdaptiveCard {
  return expandTemplate('message', { title, text });
}
