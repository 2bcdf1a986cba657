import { z } from 'zod';

/** A packaging failure whose message names the variable or manifest field at fault. */
export class PackageError extends Error {}

/**
 * Each `${{NAME}}` placeholder of manifest/manifest.json and the environment variable that fills
 * it. The bot id comes from MicrosoftAppId, the same variable the running bot reads, so the
 * package and the deployment cannot disagree about which bot the app talks to.
 */
export const PLACEHOLDERS = {
  BOT_ID: 'MicrosoftAppId',
  BOT_DOMAIN: 'BOT_DOMAIN',
  PRIVACY_URL: 'PRIVACY_URL',
  TERMS_URL: 'TERMS_URL',
  APP_VERSION: 'APP_VERSION',
  DEVELOPER_NAME: 'DEVELOPER_NAME',
  WEBSITE_URL: 'WEBSITE_URL',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Record<Placeholder, string>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

const packageEnvSchema = z.object({
  MicrosoftAppId: z
    .string({ error: 'required: the bot id (client id of the managed identity), a GUID' })
    .regex(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i, 'expected a GUID'),
  BOT_DOMAIN: z
    .string({ error: 'required: the host name of the bot, like positie.example.nl' })
    .regex(
      /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
      'expected a host name only, like positie.example.nl (no https://, no path)',
    ),
  PRIVACY_URL: z.string({ error: 'required: the https URL of the privacy statement' }).pipe(httpsUrl),
  TERMS_URL: z.string({ error: 'required: the https URL of the terms of use' }).pipe(httpsUrl),
  APP_VERSION: z
    .string()
    .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'expected a version like 1.2.3')
    .optional(),
  DEVELOPER_NAME: z.string().max(32, 'at most 32 characters').optional(),
  WEBSITE_URL: httpsUrl.optional(),
});

/**
 * Reads the packaging variables, filling the optional ones with defaults. Throws one
 * PackageError listing every missing or malformed variable by name.
 */
export function readPackageEnv(env: Record<string, string | undefined>, defaultVersion: string): PlaceholderValues {
  const cleaned = Object.fromEntries(
    Object.values(PLACEHOLDERS).map((name) => {
      const value = env[name]?.trim();
      return [name, value === undefined || value === '' ? undefined : value];
    }),
  );
  const parsed = packageEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PackageError(`Cannot package the Teams app:\n  ${lines.join('\n  ')}`);
  }
  const v = parsed.data;
  return {
    BOT_ID: v.MicrosoftAppId.toLowerCase(),
    BOT_DOMAIN: v.BOT_DOMAIN.toLowerCase(),
    PRIVACY_URL: v.PRIVACY_URL,
    TERMS_URL: v.TERMS_URL,
    APP_VERSION: v.APP_VERSION ?? defaultVersion,
    DEVELOPER_NAME: v.DEVELOPER_NAME ?? 'Positie',
    WEBSITE_URL: v.WEBSITE_URL ?? `https://${v.BOT_DOMAIN.toLowerCase()}`,
  };
}

const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/**
 * Replaces `${{NAME}}` in every string of a parsed JSON tree. Works on the tree, not the text,
 * so a value with quotes cannot break the JSON. An unknown placeholder is an error: it would
 * otherwise ship to Teams verbatim.
 */
export function fillPlaceholders(node: unknown, values: PlaceholderValues, at = ''): unknown {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (_match, name: string) => {
      if (!isPlaceholder(name)) throw new PackageError(`Unknown placeholder \${{${name}}} at ${at || '/'}`);
      return values[name];
    });
  }
  if (Array.isArray(node)) return node.map((item, i) => fillPlaceholders(item, values, `${at}/${i}`));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, fillPlaceholders(value, values, `${at}/${key}`)]),
    );
  }
  return node;
}
