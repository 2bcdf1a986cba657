import type { Config } from '../../config';
import { requiredSecret } from '../../local-secrets';
import type { PrivacyRepository } from '../../store/privacy-repository';

/** What export, delete and retention need beyond the common services. */
export interface PrivacyServices {
  /** A person's rows across tables (and the pending download links): what export, delete and retention reach. */
  personRows: PrivacyRepository;
  /** Signs download links and delete confirmations. */
  secret: string;
  /** Start of download links, without a trailing slash. */
  linkBase: string;
  /** Local date of the last retention run this instance saw, so most ticks read nothing. */
  lastRetentionDate?: string;
}

export function createPrivacyServices(config: Config, personRows: PrivacyRepository): PrivacyServices {
  return {
    personRows,
    // The operator's secret, or local mode's own kept with the local data (src/local-secrets.ts).
    secret: requiredSecret(config.EXPORT_SECRET),
    linkBase: (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
  };
}
