import type { Activity, TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type { Request, Response } from 'restify';
import type { PositieAdapter } from './adapter';
import type { Logger } from '../log';
import { AuthenticationTimeout, authenticationFailureOf } from './authentication-failure';

/** A key download that takes longer than this is treated as unavailable (503), not waited for. */
const AUTHENTICATION_DEADLINE_MS = 5000;
/** Seconds a caller is asked to wait when the signing keys could not be fetched. */
const RETRY_AFTER_SECONDS = 30;

interface ActivityRouteOptions {
  adapter: PositieAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
}

/**
 * `POST /api/messages` after the body reader and the activity guard: authenticate, then run
 * the turn. Authentication is a separate step so that a failure is answered here — 401, or 503
 * with Retry-After when the keys cannot be fetched — and logged once with a reason, never with
 * the token or the library's message; CloudAdapter.process would answer 500 with that text.
 */
export async function handleActivity(options: ActivityRouteOptions, req: Request, res: Response): Promise<void> {
  const activity = validateAndFixActivity(req.body as Activity);
  const header = req.headers.authorization ?? '';
  let authentication: Awaited<ReturnType<PositieAdapter['authenticate']>>;
  try {
    authentication = await withDeadline(options.adapter.authenticate(activity, header), AUTHENTICATION_DEADLINE_MS);
  } catch (error) {
    const failure = authenticationFailureOf(error);
    options.logger.warn({ event: 'auth.refused', reason: failure.reason, status: failure.status }, 'request refused: authentication failed');
    if (failure.status === 503) {
      res.header('Retry-After', String(RETRY_AFTER_SECONDS));
      res.send(503, { error: 'authentication is unavailable, try again later' });
    } else {
      res.send(401, { error: 'unauthorized' });
    }
    return;
  }
  const invokeResponse = await options.adapter.runAuthenticated(authentication, activity, (context) => options.bot.run(context));
  res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AuthenticationTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
