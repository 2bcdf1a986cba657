import { checkinActions, checkinCommands } from './checkins';
import { coachingActions, coachingCommands } from './coaching';
import { craftActions } from './craft';
import type { ActionDefinition, CommandDefinition } from './definitions';
import { helpActions, helpCommands } from './help';
import { historyActions, historyCommands } from './history';
import { privacyActions, privacyCommands } from './privacy';
import { reflectionActions, reflectionCommands } from './reflection';
import { settingsActions, settingsCommands } from './settings';
import { summaryCommands } from './summary';

/** Every command, by feature. The router answers those it finds here and nothing else. */
export const COMMANDS: readonly CommandDefinition[] = [
  ...helpCommands,
  ...reflectionCommands,
  ...settingsCommands,
  ...summaryCommands,
  ...historyCommands,
  ...checkinCommands,
  ...coachingCommands,
  ...privacyCommands,
];

/** Every card action, by feature; each verb once (tests/unit/verbs.test.ts). */
export const ACTIONS: readonly ActionDefinition[] = [...helpActions, ...reflectionActions, ...settingsActions, ...historyActions, ...craftActions, ...checkinActions, ...coachingActions, ...privacyActions];
