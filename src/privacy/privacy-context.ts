import type { BotServices } from '../bot/services';
import type { TableStore } from '../store/table-store';
import { ExportLinksRepository } from './export-links-repository';
import { requiredSecret } from '../local-secrets';

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
  // The operator's secret, or local mode's own kept with the local data (src/local-secrets.ts).
  const { config } = services;
  const context: PrivacyContext = {
    tables,
    links: new ExportLinksRepository(tables.table('privacy')),
    secret: requiredSecret(config.EXPORT_SECRET),
    linkBase: (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
  };
  contexts.set(services, context);
  return context;
}

export function privacyContextOf(services: BotServices): PrivacyContext | undefined {
  return contexts.get(services);
}
