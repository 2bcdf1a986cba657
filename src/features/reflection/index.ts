import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { answerAction } from './answer-action';
import { editAction } from './edit-action';
import { reflectAsAction } from './reflect-as-action';
import { reflectCommand } from './reflect-command';
import { reflectExtraAction, reflectNowAction } from './reflect-now-actions';
import { skipAction } from './skip-action';
import { snoozeAction } from './snooze-action';

/** The daily reflection: a question now, and the prompt card's buttons. */
export const reflectionCommands = [reflectCommand] as const;
export const reflectionActions: ReadonlyArray<ActionDefinition<Services>> = [answerAction, editAction, snoozeAction, skipAction, reflectAsAction, reflectNowAction, reflectExtraAction];
