import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { checkinAnswerAction } from './answer-action';
import { checkinCommand } from './checkin-command';
import { checkinCloseAction } from './close-action';
import { checkinRefreshAction } from './refresh-action';
import { checkinStartAction } from './start-action';
import { checkinExtendAction } from './extend-action';
import { checkinSeriesStopAction } from './series-stop-action';
import { checkinTrendCommand } from './trend-command';

/** Team check-ins: started, answered, closed and compared in a channel or group chat. */
export const checkinCommands = [checkinCommand, checkinTrendCommand] as const;
export const checkinActions: ReadonlyArray<ActionDefinition<Services>> = [checkinStartAction, checkinAnswerAction, checkinCloseAction, checkinRefreshAction, checkinExtendAction, checkinSeriesStopAction];
