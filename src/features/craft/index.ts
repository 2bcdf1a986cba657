import type { ActionDefinition } from '../definitions';
import { craftOpenAction, craftSaveAction } from './craft-actions';

/** The monthly vakmanschap reflection: offered on the first weekly summary of a month, private to the person. */
export const craftActions: ActionDefinition[] = [craftOpenAction, craftSaveAction];
