import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { stringsFor, localeFromTeams } from '../cards/strings';
import { renderError } from '../cards/error-card';
import { cardResponse, messageResponse } from './card-reply';
import { clickEffectOf, currentVerb, VERBS } from '../cards/verbs';
import { renderUnsavedAnswer, type UnsavedAnswer } from '../cards/unsaved-answer-card';
import { answerPayloadSchema } from '../features/reflection/answer-payload';
import type { Logger } from '../log';
import { errorSummary } from '../log';
import { clickedVerb } from './clicked-verb';

/** botframework-connector's result type, named through botbuilder (the connector is not a direct dependency). */
type AuthenticateRequestResult = Exclude<Parameters<CloudAdapter['processActivityDirect']>[0], string>;

/**
 * CloudAdapter with authentication as its own step, so the HTTP edge can answer a failed one
 * itself (401/503, logged once) instead of CloudAdapter.process's 500 with the library's text.
 */
export class PositieAdapter extends CloudAdapter {
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an authenticated request; resolves with the invoke response, if any. */
  runAuthenticated(authentication: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}

/**
 * The Bot Framework adapter. With an app id every request's JWT is validated; without one
 * (local mode, Agents Playground) authentication is off.
 */
export function createAdapter(config: Config, logger: Logger): PositieAdapter {
  const auth = config.localMode
    ? new ConfigurationBotFrameworkAuthentication({})
    : new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      });
  const adapter = new PositieAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ event: 'turn.failed', type: context.activity.type, err: errorSummary(error) }, 'turn failed');
    if (context.activity.type === 'message') {
      await context.sendActivity(stringsFor(localeFromTeams(context.activity.locale)).error.generic).catch(() => undefined);
    }
    // A card action gets an error card back (e.g. storage down), not a bare 501 that Teams shows without explanation.
    if (context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action') {
      const locale = localeFromTeams(context.activity.locale);
      const unsaved = unsavedAnswerOf(context.activity.value);
      // A card that opens things (a weekly summary, say) stays as it was: only a note says it failed.
      const opens = clickEffectOf(clickedVerb(context.activity.value)) === 'opens';
      const body = opens ? messageResponse(stringsFor(locale).error.generic) : cardResponse(unsaved ? renderUnsavedAnswer(locale, unsaved) : renderError(locale, 'generic'));
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } }).catch(() => undefined);
    }
  };
  return adapter;
}

/** An answer whose turn failed (storage hanging, say): what they sent, to show and send again. */
function unsavedAnswerOf(value: unknown): UnsavedAnswer | undefined {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  if (currentVerb(action?.verb) !== VERBS.answer) return undefined;
  const parsed = answerPayloadSchema.safeParse(action?.data);
  if (!parsed.success) return undefined;
  return parsed.data;
}
