import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { coachAcceptCommand } from './coach-accept-command';
import { coachCodeCommand } from './coach-code-command';
import { coachConsentAction } from './coach-consent-action';
import { coachOverviewCommand } from './coach-overview';
import { coachCancelAction, coachStopAction, coachStopAllAction } from './coach-stop-action';
import { coachStopCommand } from './coach-stop-command';
import { coacheesCommand } from './coachees-command';

/** Coaching: codes, consent, the coachee's overview and the coach's view. */
export const coachingCommands = [coachOverviewCommand, coachCodeCommand, coachAcceptCommand, coacheesCommand, coachStopCommand] as const;
export const coachingActions: ReadonlyArray<ActionDefinition<Services>> = [coachConsentAction, coachCancelAction, coachStopAction, coachStopAllAction];
