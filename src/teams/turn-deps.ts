import type { Services } from '../features/services';

/** What building a turn uses of the services (src/teams/activity-turn.ts). */
export type TurnDeps = Pick<Services, 'config' | 'conversations' | 'due' | 'logger' | 'now' | 'people' | 'telemetry'>;
