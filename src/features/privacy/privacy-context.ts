import { randomBytes } from 'node:crypto';
import type { BotServices } from '../services';
import type { TableStore } from '../../store/table-store';
import { ExportLinksRepository } from './export-links-repository';

/** What export, delete and retention need beyond the common services. */
export interface PrivacyContext {
  /** Export and delete reach rows no repository lists by person (snoozes, pseudonymous rows). */
  tables: TableStore;
  links: ExportLinksRepository;
  /** Signs download links and delete confirmations. */
  secret: string;
  /** Start of download links, without a trailing slash. */
  linkBase: string;
  /** Local date of the last retention run this instance saw, so most ticks read nothing. */
  lastRetentionDate?: string;
}

/**
 * Command and verb handlers receive only `BotServices`; the composition root registers the
 * privacy context for those services once (installPrivacy), and handlers look it up here.
 * Keyed weakly by the services object, so each app (tests run several) has its own.
 */
const contexts = new WeakMap<BotServices, PrivacyContext>();

export function registerPrivacyContext(services: BotServices, tables: TableStore): PrivacyContext {
  const { config, logger } = services;
  if (config.EXPORT_SECRET === undefined) {
    // Production refuses to start without it (src/config.ts); here links die with the process.
    logger.warn({ event: 'export.devSecret' }, 'EXPORT_SECRET unset: download links are signed with a random secret of this process');
  }
  const context: PrivacyContext = {
    tables,
    links: new ExportLinksRepository(tables.table('privacy')),
    secret: config.EXPORT_SECRET ?? randomBytes(32).toString('base64url'),
    linkBase: (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
  };
  contexts.set(services, context);
  return context;
}

export function privacyContextOf(services: BotServices): PrivacyContext | undefined {
  return contexts.get(services);
}
