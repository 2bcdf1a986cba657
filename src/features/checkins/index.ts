import type { ActionDefinition, CommandDefinition } from '../definitions';
import { checkinAnswerAction } from './answer-action';
import { checkinCommand } from './checkin-command';
import { checkinCloseAction } from './close-action';
import { checkinRefreshAction } from './refresh-action';
import { checkinStartAction } from './start-action';
import { checkinExtendAction } from './extend-action';
import { checkinSeriesStopAction } from './series-stop-action';
import { checkinTrendCommand } from './trend-command';

/** Team check-ins: started, answered, closed and compared in a channel or group chat. */
export const checkinCommands: CommandDefinition[] = [checkinCommand, checkinTrendCommand];
export const checkinActions: ActionDefinition[] = [checkinStartAction, checkinAnswerAction, checkinCloseAction, checkinRefreshAction, checkinExtendAction, checkinSeriesStopAction];
