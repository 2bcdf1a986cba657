import { CardFactory, MessageFactory, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/template-cache';

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const response = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  return response?.id;
}

/** The answer to an `adaptiveCard/action` invoke that updates the clicked card: the card in its place. */
export function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/**
 * The answer that leaves the clicked card as it was: Teams and the Agents Playground show the text
 * as a short note with it. The note is plain text, so the markdown of our strings goes.
 */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  const plain = text.replace(/\*\*/g, '');
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: plain as unknown as AdaptiveCardInvokeResponse['value'] };
}
