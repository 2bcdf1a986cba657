import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { PrivacyRepository } from '../../store/privacy-repository';

/** What export, delete and retention need beyond the common services. */
export interface PrivacyServices {
  store: PrivacyRepository;
  /** Signs download links and delete confirmations. */
  secret: string;
  /** Start of download links, without a trailing slash. */
  linkBase: string;
  /** Local date of the last retention run this instance saw, so most ticks read nothing. */
  lastRetentionDate?: string;
}

export function createPrivacyServices(config: Config, logger: Logger, store: PrivacyRepository): PrivacyServices {
  if (config.EXPORT_SECRET === undefined) {
    // Production refuses to start without it (src/config.ts); here links die with the process.
    logger.warn({ event: 'export.devSecret' }, 'EXPORT_SECRET unset: download links are signed with a random secret of this process');
  }
  return {
    store,
    secret: config.EXPORT_SECRET ?? randomBytes(32).toString('base64url'),
    linkBase: (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
  };
}
