import { createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config';

/** The file in DATA_DIR that holds the local install's secret, readable by its owner only. */
export const LOCAL_SECRET_FILE = 'local-secret';

/**
 * Local mode's secret: made at random the first time and kept with the local data, so check-in
 * keys and export links survive a restart the way the data does. Never a constant in the code:
 * whoever reads the source cannot recompute a key. Readable by its owner only (mode 0600); two
 * processes starting at once agree on one secret.
 */
export async function loadOrCreateLocalSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, LOCAL_SECRET_FILE);
  await mkdir(dataDir, { recursive: true });
  // Written whole to a file of its own, then linked into place: a second process sees either no
  // file or the complete secret, never a half-written one.
  const draft = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(draft, randomBytes(32).toString('base64url'), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  const secret = (await readFile(file, 'utf8')).trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it to make a new one`);
  return secret;
}

/**
 * The configuration with both secrets set. With credentials configured they are the operator's
 * (src/config.ts refuses to start without them). In local mode each missing one is derived,
 * under its own label, from the local secret, or from a random one of this process when the
 * data is not kept either (`--in-memory`, tests).
 */
export function withLocalSecrets(config: Config, localSecret: string = randomBytes(32).toString('base64url')): Config {
  if (!config.localMode) {
    if (config.CHECKIN_SECRET === undefined || config.EXPORT_SECRET === undefined) throw new Error('CHECKIN_SECRET and EXPORT_SECRET are required when credentials are configured');
    return config;
  }
  const derived = (label: string): string => createHmac('sha256', localSecret).update(`positie-local|${label}`).digest('base64url');
  return { ...config, CHECKIN_SECRET: config.CHECKIN_SECRET ?? derived('checkin'), EXPORT_SECRET: config.EXPORT_SECRET ?? derived('export') };
}

/** A secret after withLocalSecrets: always set; a missing one is a wiring mistake, not a fallback. */
export function requiredSecret(secret: string | undefined): string {
  if (secret === undefined) throw new Error('a secret was read before withLocalSecrets set it');
  return secret;
}
