import { TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue } from 'botbuilder';
import { renderError } from '../cards/error-card';
import { localeFromTeams } from '../cards/strings';
import type { TurnDeps } from './turn-deps';
import type { Turn } from '../features/turn';
import { turnOf } from './activity-turn';
import { cardResponse } from './card-reply';
import { ReferenceTracker } from './reference-tracker';
import type { Router } from './router';
import { clickedVerb } from './clicked-verb';

const TURN = Symbol('positie.turn');

/** The Teams activity handler: builds each turn, then hands messages and card clicks to the router. */
export class PositieBot extends TeamsActivityHandler {
  private readonly references: ReferenceTracker;

  constructor(
    private readonly services: TurnDeps,
    private readonly router: Router,
  ) {
    super();
    this.references = new ReferenceTracker(services.conversations);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    // Teams sends installationUpdate (with the client's locale) and conversationUpdate (without)
    // on a personal install; welcoming on the first makes the welcome speak the right language.
    this.onInstallationUpdateAdd(async (context, next) => {
      const turn = this.turnIn(context);
      if (turn) await this.router.installed(turn);
      await next();
    });
    // Added to a team (or a group chat): say once, in that conversation, what Positie does there.
    this.onMembersAdded(async (context, next) => {
      const turn = this.turnIn(context);
      const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === context.activity.recipient.id);
      if (turn && botAdded) await this.router.addedToConversation(turn);
      await next();
    });
  }

  /** Every activity passes here first: who is it, are they allowed, where can we reach them. */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    const { type, name, value } = context.activity;
    const verb = name === 'adaptiveCard/action' ? clickedVerb(value) : undefined;
    await this.services.telemetry.turn({ activityType: type, ...(typeof verb === 'string' ? { verb } : {}) }, async () => {
      const turn = await turnOf(context, this.services, this.references);
      if (!turn) return;
      context.turnState.set(TURN, turn);
      await super.onTurnActivity(context);
    });
  }

  private turnIn(context: TurnContext): Turn | undefined {
    return context.turnState.get(TURN) as Turn | undefined;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const turn = this.turnIn(context);
    if (!turn) return;
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    // A card's Action.Submit without text carries only data; there is nothing to answer.
    if (text.trim() === '' && context.activity.value !== undefined) return;
    await this.router.message(turn, text);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const turn = this.turnIn(context);
    if (!turn) return cardResponse(renderError(localeFromTeams(context.activity.locale), 'invalid'));
    return this.router.action(turn, invokeValue.action?.verb, invokeValue.action?.data);
  }
}
