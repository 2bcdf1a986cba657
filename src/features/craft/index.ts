import type { ActionDefinition } from '../definitions';
import type { Services } from '../services';
import { craftOpenAction, craftSaveAction } from './craft-actions';

/** The monthly vakmanschap reflection: offered on the first weekly summary of a month, private to the person. */
export const craftActions: ReadonlyArray<ActionDefinition<Services>> = [craftOpenAction, craftSaveAction];
