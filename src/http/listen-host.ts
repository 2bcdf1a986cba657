import type { Config } from '../config';

/**
 * Where the server listens. Local mode has no authentication, so it listens on the loopback
 * address only (nobody else on the network can act as a user, export data or call /dev/tick);
 * with credentials it listens on every interface, as App Service's front end requires. `HOST`
 * overrides both.
 */
export function listenHost(config: Pick<Config, 'HOST' | 'localMode'>): string {
  return config.HOST ?? (config.localMode ? '127.0.0.1' : '0.0.0.0');
}
