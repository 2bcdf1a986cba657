import type { Services } from '../services';

/**
 * What the reflection feature uses of the services: its handlers and use cases take this (or less),
 * never the whole object, so a signature says what it touches and a test builds only these.
 */
export type ReflectionDeps = Pick<Services, 'answers' | 'config' | 'content' | 'deliveries' | 'due' | 'logger' | 'now' | 'people' | 'runtime' | 'telemetry' | 'tickets'>;
