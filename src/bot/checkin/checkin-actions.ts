import type { ActionHandler } from '../turn';
import { checkinAnswerAction } from './answer-action';
import { CHECKIN_VERBS } from './checkin-verbs';
import { checkinCloseAction } from './close-action';
import { checkinRefreshAction } from './refresh-action';
import { checkinStartAction } from './start-action';

/** The check-in verbs and their handlers, registered in src/bot/actions/index.ts. */
export const checkinActionHandlers: Record<(typeof CHECKIN_VERBS)[keyof typeof CHECKIN_VERBS], ActionHandler> = {
  [CHECKIN_VERBS.start]: checkinStartAction,
  [CHECKIN_VERBS.answer]: checkinAnswerAction,
  [CHECKIN_VERBS.close]: checkinCloseAction,
  [CHECKIN_VERBS.refresh]: checkinRefreshAction,
};
