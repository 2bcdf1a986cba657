import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { stringsFor, localeFromTeams } from '../cards/strings';
import { renderError } from '../cards/error-card';
import { cardResponse } from './card-reply';
import type { Logger } from '../log';
import { errorSummary } from '../log';

/**
 * The Bot Framework adapter. With an app id every request's JWT is validated; without one
 * (local mode, Agents Playground) authentication is off.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = config.localMode
    ? new ConfigurationBotFrameworkAuthentication({})
    : new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error({ event: 'turn.failed', type: context.activity.type, err: errorSummary(error) }, 'turn failed');
    if (context.activity.type === 'message') {
      await context.sendActivity(stringsFor(localeFromTeams(context.activity.locale)).error.generic).catch(() => undefined);
    }
    // A card action gets an error card back (e.g. storage down), not a bare 501 that Teams shows without explanation.
    if (context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action') {
      const body = cardResponse(renderError(localeFromTeams(context.activity.locale), 'generic'));
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } }).catch(() => undefined);
    }
  };
  return adapter;
}
