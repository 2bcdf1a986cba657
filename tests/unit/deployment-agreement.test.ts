import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig, settingsSchema } from '../../src/config';
import { COMMAND_WORDS, parseCommand } from '../../src/features/commands';
import { MANIFEST_DIR } from '../../scripts/manifest/package';
import { PLACEHOLDERS } from '../../scripts/manifest/package-env';

// Config schema, Bicep, .env.example, manifest and command parser describe one app: keep them agreeing.
const ROOT = join(__dirname, '..', '..');
const read = (...path: string[]): string => readFileSync(join(ROOT, ...path), 'utf8');
const jsonObject = z.record(z.string(), z.unknown());
const configKeys = Object.keys(settingsSchema.shape);
const shape: Record<string, z.ZodType> = settingsSchema.shape;

/** Settings that App Service or its build (Oryx/npm) read, not our code. */
const PLATFORM_SETTINGS = [
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'NPM_CONFIG_INCLUDE',
  'WEBSITE_NODE_DEFAULT_VERSION',
];

/** Settings loadConfig refuses to start without when NODE_ENV=production (checked below). */
const PRODUCTION_REQUIRED = ['MicrosoftAppId', 'CHECKIN_SECRET', 'EXPORT_SECRET', 'PUBLIC_BASE_URL'];
const productionSample: Record<string, string> = {
  NODE_ENV: 'production',
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  CHECKIN_SECRET: 'c'.repeat(32),
  EXPORT_SECRET: 'e'.repeat(32),
  PUBLIC_BASE_URL: 'https://positie.example.nl',
  TABLES_ENDPOINT: 'https://stpositie.table.core.windows.net/',
};

/** The web app's `appSettings` in main.bicep: name → literal value, or undefined for an expression. */
function bicepAppSettings(bicep: string): Map<string, string | undefined> {
  const block = /appSettings: \[\n([\s\S]*?)\n\s*\]\n/.exec(bicep)?.[1];
  if (block === undefined) throw new Error('main.bicep has no appSettings');
  const settings = new Map<string, string | undefined>();
  for (const m of block.matchAll(/^\s*\{ name: '([^']+)', value: (.+) \}\s*$/gm)) {
    if (m[1]) settings.set(m[1], /^'([^'$]*)'$/.exec(m[2] ?? '')?.[1]);
  }
  return settings;
}

const bicep = read('infra', 'main.bicep');
const appSettings = bicepAppSettings(bicep);

describe('the Bicep app settings and the config schema', () => {
  it('when loadConfig runs in production, then exactly the listed settings are required', () => {
    expect(() => loadConfig(productionSample)).not.toThrow();
    for (const key of PRODUCTION_REQUIRED) {
      const without = Object.fromEntries(Object.entries(productionSample).filter(([name]) => name !== key));
      expect(() => loadConfig(without)).toThrow(ConfigError);
      expect(() => loadConfig(without)).toThrow(key);
    }
  });

  it('sets every setting production requires, and a table setting', () => {
    expect(appSettings.size).toBeGreaterThan(PRODUCTION_REQUIRED.length);
    expect(PRODUCTION_REQUIRED.filter((key) => !appSettings.has(key))).toEqual([]);
    expect(appSettings.has('TABLES_ENDPOINT') || appSettings.has('TABLES_CONNECTION_STRING')).toBe(true);
    expect(appSettings.get('NODE_ENV')).toBe('production');
    expect(appSettings.get('MicrosoftAppType')).toBe('UserAssignedMSI');
  });

  it('names only config keys and known platform settings, with values the schema accepts', () => {
    const unknown = [...appSettings.keys()].filter((k) => !configKeys.includes(k) && !PLATFORM_SETTINGS.includes(k));
    expect(unknown).toEqual([]);
    for (const [key, literal] of appSettings) {
      const schema = shape[key];
      if (schema && literal !== undefined) expect([key, schema.safeParse(literal).success]).toEqual([key, true]);
    }
  });

  it('holds no secret for Azure access: the managed identity reaches bot and tables', () => {
    expect(appSettings.has('MicrosoftAppPassword')).toBe(false);
    expect(appSettings.has('TABLES_CONNECTION_STRING')).toBe(false);
    expect(appSettings.has('AZURE_CLIENT_ID')).toBe(true);
  });

  it('starts the file the build writes', () => {
    const build = jsonObject.parse(JSON.parse(read('tsconfig.build.json')));
    expect(build.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    expect(bicep).toContain("appCommandLine: 'node dist/main.js'");
    expect(bicep).toContain("healthCheckPath: '/readyz'");
  });
});

describe('.env.example', () => {
  it('lists every config setting and every packaging variable', () => {
    const path = join(ROOT, '.env.example');
    expect([path, existsSync(path)]).toEqual([path, true]);
    const example = readFileSync(path, 'utf8');
    const listed = (key: string): boolean => new RegExp(`^#?\\s*${key}=`, 'm').test(example);
    const variables = [...configKeys, ...Object.values(PLACEHOLDERS)];
    expect(variables.filter((key) => !listed(key))).toEqual([]);
  });
});

describe('the Teams manifest and the bot', () => {
  const manifestText = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const manifest = z
    .object({
      id: z.string(),
      bots: z.array(
        z.object({
          botId: z.string(),
          commandLists: z.array(z.object({ commands: z.array(z.object({ title: z.string() })) })),
        }),
      ),
      webApplicationInfo: z.object({ id: z.string() }),
      localizationInfo: z.object({
        defaultLanguageTag: z.string(),
        additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })),
      }),
    })
    .parse(JSON.parse(manifestText));

  it('uses the bot id placeholder the package script fills from MicrosoftAppId', () => {
    expect(PLACEHOLDERS.BOT_ID).toBe('MicrosoftAppId');
    expect(configKeys).toContain(PLACEHOLDERS.BOT_ID);
    expect([manifest.id, manifest.bots[0]?.botId, manifest.webApplicationInfo.id]).toEqual(Array(3).fill('${{BOT_ID}}'));
    const used = [...manifestText.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
    expect(used.filter((name) => !(name in PLACEHOLDERS))).toEqual([]);
  });

  it('offers in every language only commands the bot understands, in that language', () => {
    const defaultLang = manifest.localizationInfo.defaultLanguageTag;
    const titles: Array<{ lang: string; title: string }> = manifest.bots.flatMap((bot) =>
      bot.commandLists.flatMap((list) => list.commands.map((c) => ({ lang: defaultLang, title: c.title }))),
    );
    for (const { languageTag, file } of manifest.localizationInfo.additionalLanguages) {
      const strings = jsonObject.parse(JSON.parse(readFileSync(join(MANIFEST_DIR, file), 'utf8')));
      for (const [key, value] of Object.entries(strings)) {
        if (/\.commands\[\d+\]\.title$/.test(key)) titles.push({ lang: languageTag, title: String(value) });
      }
    }
    expect(titles.length).toBeGreaterThan(0);
    const words = Object.values(COMMAND_WORDS);
    for (const { lang, title } of titles) {
      expect([title, parseCommand(title)]).toEqual([title, expect.anything()]);
      const inLanguage = words.some((w) => (lang.startsWith('nl') ? w.nl : w.en) === title);
      expect([lang, title, inLanguage]).toEqual([lang, title, true]);
    }
  });
});
