import type { Services } from '../services';

/**
 * What the privacy feature uses of the services: its handlers and use cases take this (or less),
 * never the whole object, so a signature says what it touches and a test builds only these.
 */
export type PrivacyDeps = Pick<Services, 'answers' | 'checkins' | 'coach' | 'config' | 'content' | 'conversations' | 'craftNotes' | 'deliveries' | 'logger' | 'now' | 'people' | 'privacy'>;
