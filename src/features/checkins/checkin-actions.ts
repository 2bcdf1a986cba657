import { errorSummary } from '../../log';
import { errorResponse } from '../../teams/error-response';
import type { ActionHandler } from '../turn';
import { checkinAnswerAction } from './answer-action';
import { CHECKIN_VERBS } from './checkin-verbs';
import { checkinCloseAction } from './close-action';
import { checkinRefreshAction } from './refresh-action';
import { checkinStartAction } from './start-action';

/** A storage or send failure becomes the friendly error card, never a failed invoke. */
function answeringFailures(handler: ActionHandler): ActionHandler {
  return async (turn, data, services) => {
    try {
      return await handler(turn, data, services);
    } catch (error) {
      services.logger.error({ event: 'checkin.action.failed', err: errorSummary(error) }, 'check-in action failed');
      return errorResponse(turn.locale, 'generic');
    }
  };
}

/** The check-in verbs and their handlers, registered in src/bot/actions/index.ts. */
export const checkinActionHandlers: Record<(typeof CHECKIN_VERBS)[keyof typeof CHECKIN_VERBS], ActionHandler> = {
  [CHECKIN_VERBS.start]: answeringFailures(checkinStartAction),
  [CHECKIN_VERBS.answer]: answeringFailures(checkinAnswerAction),
  [CHECKIN_VERBS.close]: answeringFailures(checkinCloseAction),
  [CHECKIN_VERBS.refresh]: answeringFailures(checkinRefreshAction),
};
