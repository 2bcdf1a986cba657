import type { Services } from '../services';

/**
 * What the craft feature uses of the services: its handlers and use cases take this (or less),
 * never the whole object, so a signature says what it touches and a test builds only these.
 */
export type CraftDeps = Pick<Services, 'answers' | 'config' | 'content' | 'craftNotes' | 'logger' | 'now'>;
