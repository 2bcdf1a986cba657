import type { ActionHandler } from '../turn';

/** Card verbs (Action.Execute), one handler each. */
export const actionHandlers: Record<string, ActionHandler> = {};
