import { isLoopbackHost, type Config } from '../config';

/**
 * Where the server listens. Local mode has no authentication, so it listens on the loopback
 * address only (nobody else on the network can act as a user, export data or call /dev/tick);
 * with credentials it listens on every interface, as App Service's front end requires. `HOST`
 * overrides both; in local mode loadConfig refuses a HOST other machines can reach unless
 * ALLOW_REMOTE_LOCAL_MODE is on.
 */
export function listenHost(config: Pick<Config, 'HOST' | 'localMode'>): string {
  return config.HOST ?? (config.localMode ? '127.0.0.1' : '0.0.0.0');
}

/** The warnings a start in local mode logs; a second, louder one when the network can reach it. */
export function localModeWarnings(config: Pick<Config, 'HOST' | 'localMode'>): string[] {
  if (!config.localMode) return [];
  const lines = ['LOCAL MODE: no MicrosoftAppId configured, requests are NOT authenticated. For the Agents Playground and tests only.'];
  const host = listenHost(config);
  if (!isLoopbackHost(host)) {
    lines.push(`LOCAL MODE ON THE NETWORK (ALLOW_REMOTE_LOCAL_MODE=true): anyone who reaches ${host} can act as any person, download their data and run /dev/tick. Only on a closed test network.`);
  }
  return lines;
}
