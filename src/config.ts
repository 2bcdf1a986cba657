import { z } from 'zod';

/**
 * Every setting of Positie, with its default and meaning. This is the only module that reads
 * `process.env`; the rest of the code receives a typed `Config`.
 */
const bool = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0));

/** Durations as "90s", "5m", "3h" or a plain number of minutes. */
const minutes = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(s|m|h)?$/, 'expected a duration like 90s, 5m or 3h')
  .transform((v) => {
    const n = Number.parseFloat(v);
    const unit = v.trim().slice(-1);
    return unit === 'h' ? n * 60 : unit === 's' ? n / 60 : n;
  });

const optionalText = z.string().trim().min(1).optional();

export const settingsSchema = z.object({
  /** HTTP port of the bot. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  /** Address to listen on; default 127.0.0.1 in local mode (no authentication), 0.0.0.0 with credentials. */
  HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).optional(),
  /**
   * Local mode (no credentials) has no authentication: anyone who reaches it acts as anyone. It
   * listens on a non-loopback HOST only when this is on (a test machine on a closed network).
   */
  ALLOW_REMOTE_LOCAL_MODE: bool.default(false),
  /** `production` refuses to start without Bot Framework credentials. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bot (Entra app) id; leave empty for local mode with the Agents Playground. */
  MicrosoftAppId: optionalText,
  /** Client secret for SingleTenant/MultiTenant bots; empty for UserAssignedMSI. */
  MicrosoftAppPassword: optionalText,
  /** Tenant of the bot registration (SingleTenant and UserAssignedMSI). */
  MicrosoftAppTenantId: optionalText,
  /** SingleTenant, MultiTenant or UserAssignedMSI. */
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  /** Connection string for table storage (Azurite or a storage account). */
  TABLES_CONNECTION_STRING: optionalText,
  /** Table endpoint reached with managed identity (Azure); used when no connection string. */
  TABLES_ENDPOINT: z.url().optional(),
  /** Client id of the user-assigned managed identity used for table storage. */
  AZURE_CLIENT_ID: optionalText,
  /** Prefix of every table name, so several installs can share one account. */
  TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, 'letters and digits, starting with a letter').default('positie'),
  /** Folder for the embedded Azurite's data in local mode. */
  DATA_DIR: z.string().default('.data'),
  /** Start the Microsoft 365 Agents Playground with `npm start`. */
  PLAYGROUND: bool.default(true),
  /** Port of the Agents Playground. */
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  /** Time zone used when Teams does not tell us one. */
  DEFAULT_TIME_ZONE: z.string().default('Europe/Amsterdam'),
  /**
   * Language (nl or en) when the client does not say one; in local mode (no MicrosoftAppId) it is
   * used instead of the Playground's fixed en-US, until the person picks a language in settings.
   */
  DEFAULT_LANGUAGE: z.enum(['nl', 'en']).default('nl'),
  /** Folder with extra content files from the operator, merged into the library. */
  CONTENT_DIR: optionalText,
  /** Minimum answers before check-in results are shown (never below 3). */
  CHECKIN_MIN_RESPONSES: z.coerce.number().int().min(3).max(1000).default(5),
  /**
   * Answers before a check-in's notes are shown: a note is written in someone's own words, so it
   * needs a larger group than the figures. Empty: twice CHECKIN_MIN_RESPONSES; never below it.
   */
  CHECKIN_NOTES_MIN: z.coerce.number().int().min(3).max(2000).optional(),
  /** Secret for the keys of check-in responses (at least 32 characters); required with credentials. */
  CHECKIN_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  /** Secret that signs data-export links (at least 32 characters); required with credentials. */
  EXPORT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  /** Public https base URL of the bot, used in export links. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Run the scheduler (one tick a minute) in this instance. */
  SCHEDULER: bool.default(true),
  /** Due prompts older than this are skipped after downtime. */
  CATCHUP_WINDOW: minutes.default(180),
  /** After this a claimed but unsent delivery is taken over by another instance. */
  CLAIM_LEASE: minutes.default(5),
  /** Proactive messages per second per tenant. */
  TEAMS_MAX_RPS: z.coerce.number().positive().max(1000).default(50),
  /** Days answers and coach-view audit rows are kept. */
  RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  /** Days check-ins and their responses are kept. */
  CHECKIN_RETENTION_DAYS: z.coerce.number().int().min(1).default(180),
  /** Comma-separated Entra tenant ids allowed to use the bot; empty allows all. */
  ALLOWED_TENANT_IDS: list.default([]),
  /** Largest accepted request body in kilobytes. */
  MAX_BODY_KB: z.coerce.number().int().min(16).max(4096).default(256),
  /**
   * Application Insights connection string: set, the app sends traces and metrics (no personal
   * data) to Azure Monitor through OpenTelemetry; empty, nothing is sent.
   */
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  /** Set by App Service per instance; a hash of it names this instance in claims and telemetry. */
  WEBSITE_INSTANCE_ID: optionalText,
  /** On while the cabinet is demissionair: rotation then offers the prompts written for that period (no date can tell). */
  DEMISSIONAIR: bool.default(false),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface Config extends Settings {
  /** True when no Bot Framework credentials are configured (Agents Playground). */
  localMode: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once; throws a ConfigError naming every wrong variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((key) => [key, emptyToUndefined(env[key])]),
  );
  const parsed = settingsSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const settings = parsed.data;
  const localMode = settings.MicrosoftAppId === undefined;
  if (localMode && settings.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  MicrosoftAppId: required when NODE_ENV=production (local mode has no authentication)',
    );
  }
  if (localMode && settings.HOST !== undefined && !isLoopbackHost(settings.HOST) && !settings.ALLOW_REMOTE_LOCAL_MODE) {
    throw new ConfigError(
      `Invalid configuration:\n  HOST: ${settings.HOST} is reachable from the network, and local mode (no MicrosoftAppId) has no authentication: ` +
        'anyone who reaches it could act as any person, download their data and move the clock (/dev/tick). ' +
        'Leave HOST empty (127.0.0.1), set credentials, or set ALLOW_REMOTE_LOCAL_MODE=true on a closed test network.',
    );
  }
  if (settings.CHECKIN_NOTES_MIN !== undefined && settings.CHECKIN_NOTES_MIN < settings.CHECKIN_MIN_RESPONSES) {
    throw new ConfigError(`Invalid configuration:\n  CHECKIN_NOTES_MIN: ${settings.CHECKIN_NOTES_MIN} is below CHECKIN_MIN_RESPONSES (${settings.CHECKIN_MIN_RESPONSES}); notes need at least as many answers as the figures`);
  }
  // With credentials the bot serves real people, whatever NODE_ENV says: the secrets behind
  // check-in keys and export links must be the operator's own. Local mode keeps a random one
  // with its data (src/local-secrets.ts); no secret is ever a constant in the code.
  if (!localMode) {
    for (const key of ['CHECKIN_SECRET', 'EXPORT_SECRET'] as const) {
      if (settings[key] === undefined) {
        throw new ConfigError(`Invalid configuration:\n  ${key}: required when credentials are configured (MicrosoftAppId is set)`);
      }
    }
  }
  if (settings.NODE_ENV === 'production') {
    for (const key of ['CHECKIN_SECRET', 'EXPORT_SECRET', 'PUBLIC_BASE_URL'] as const) {
      if (settings[key] === undefined) {
        throw new ConfigError(`Invalid configuration:\n  ${key}: required when NODE_ENV=production`);
      }
    }
  }
  return { ...settings, localMode };
}

/**
 * The two settings telemetry needs before anything else is loaded (src/telemetry/start.ts runs
 * ahead of loadConfig). A wrong value counts as unset here; loadConfig reports it.
 */
export function telemetrySettings(): Pick<Settings, 'APPLICATIONINSIGHTS_CONNECTION_STRING' | 'WEBSITE_INSTANCE_ID'> {
  const keys = { APPLICATIONINSIGHTS_CONNECTION_STRING: true, WEBSITE_INSTANCE_ID: true } as const;
  const env = { APPLICATIONINSIGHTS_CONNECTION_STRING: emptyToUndefined(process.env.APPLICATIONINSIGHTS_CONNECTION_STRING), WEBSITE_INSTANCE_ID: emptyToUndefined(process.env.WEBSITE_INSTANCE_ID) };
  const parsed = settingsSchema.pick(keys).safeParse(env);
  return parsed.success ? parsed.data : {};
}

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** For entry points: the configuration, or undefined after saying on stderr what is wrong with it. */
export function loadConfigOrSayWhy(env: Record<string, string | undefined>): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return undefined;
  }
}
