import type { Services } from '../features/services';

/** What the scheduler uses of the services (each send takes this or less; the tick hooks get the whole object from the ticker, the composition root's door). */
export type SchedulerDeps = Pick<Services, 'answers' | 'config' | 'content' | 'conversations' | 'deliveries' | 'due' | 'logger' | 'now' | 'people' | 'proactive' | 'runtime' | 'telemetry' | 'tickets'>;
