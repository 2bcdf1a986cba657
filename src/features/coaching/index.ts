import { COACH_VERBS } from '../../cards/coach-verbs';
import type { CommandKind } from '../../domain/commands';
import type { ActionHandler, CommandHandler } from '../turn';
import { coachAcceptCommand } from './coach-accept-command';
import { coachCodeCommand } from './coach-code-command';
import { coachConsentAction } from './coach-consent-action';
import { coachOverviewCommand } from './coach-overview';
import { coachCancelAction, coachStopAction, coachStopAllAction } from './coach-stop-action';
import { coachStopCommand } from './coach-stop-command';
import { coacheesCommand } from './coachees-command';

/** The coach commands, spread into the command table. */
export const coachCommandHandlers: Partial<Record<CommandKind, CommandHandler>> = {
  coach: coachOverviewCommand,
  coachCode: coachCodeCommand,
  coachAccept: coachAcceptCommand,
  coachees: coacheesCommand,
  coachStop: coachStopCommand,
};

/** The coach card verbs, spread into the verb table. */
export const coachActionHandlers: Record<string, ActionHandler> = {
  [COACH_VERBS.consent]: coachConsentAction,
  [COACH_VERBS.cancel]: coachCancelAction,
  [COACH_VERBS.stop]: coachStopAction,
  [COACH_VERBS.stopAll]: coachStopAllAction,
};
