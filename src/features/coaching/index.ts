import type { ActionDefinition, CommandDefinition } from '../definitions';
import { coachAcceptCommand } from './coach-accept-command';
import { coachCodeCommand } from './coach-code-command';
import { coachConsentAction } from './coach-consent-action';
import { coachOverviewCommand } from './coach-overview';
import { coachCancelAction, coachStopAction, coachStopAllAction } from './coach-stop-action';
import { coachStopCommand } from './coach-stop-command';
import { coacheesCommand } from './coachees-command';

/** Coaching: codes, consent, the coachee's overview and the coach's view. */
export const coachingCommands: CommandDefinition[] = [coachOverviewCommand, coachCodeCommand, coachAcceptCommand, coacheesCommand, coachStopCommand];
export const coachingActions: ActionDefinition[] = [coachConsentAction, coachCancelAction, coachStopAction, coachStopAllAction];
