import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { z } from 'zod';
import { MANIFEST_DIR, packageManifest } from '../../scripts/manifest/package';
import { PackageError } from '../../scripts/manifest/package-env';
import { bundledSchema, schemaErrors, schemaVersionOf } from '../../scripts/manifest/validate';

const jsonObject = z.record(z.string(), z.unknown());

const sampleEnv = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  BOT_DOMAIN: 'positie.example.nl',
  PRIVACY_URL: 'https://positie.example.nl/privacy',
  TERMS_URL: 'https://positie.example.nl/terms',
};

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'positie-manifest-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function entry(zip: AdmZip, name: string): Buffer {
  const found = zip.getEntry(name);
  if (!found) throw new Error(`${name} is not in the package`);
  return found.getData();
}

/** A copy of manifest/ that a test may break without touching the real one. */
function sourceCopy(edit: (dir: string) => void): string {
  const dir = join(work, 'source');
  cpSync(MANIFEST_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${MANIFEST_DIR}/build`) });
  edit(dir);
  return dir;
}

describe('packaging the Teams app', () => {
  it('when every value is set, then the zip holds a schema-valid manifest with icons of the right sizes', async () => {
    const { zipPath } = await packageManifest(sampleEnv, join(work, 'out'));
    const zip = new AdmZip(zipPath);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(
      ['color.png', 'en.json', 'manifest.json', 'nl.json', 'outline.png'],
    );

    const manifest = jsonObject.parse(JSON.parse(entry(zip, 'manifest.json').toString('utf8')));
    const version = schemaVersionOf(manifest.$schema);
    expect(schemaErrors(manifest, bundledSchema(version, 'MicrosoftTeams.schema.json'))).toEqual([]);
    expect(manifest).toMatchObject({
      id: sampleEnv.MicrosoftAppId,
      bots: [{ botId: sampleEnv.MicrosoftAppId, scopes: ['personal', 'team', 'groupChat'] }],
      developer: { privacyUrl: sampleEnv.PRIVACY_URL, termsOfUseUrl: sampleEnv.TERMS_URL },
      validDomains: [sampleEnv.BOT_DOMAIN],
      webApplicationInfo: { id: sampleEnv.MicrosoftAppId },
      version: '0.1.0',
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');

    const color = PNG.sync.read(entry(zip, 'color.png'));
    const outline = PNG.sync.read(entry(zip, 'outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.data.some((_byte, i) => i % 4 === 3 && outline.data[i] === 0)).toBe(true);
  });

  it('when APP_VERSION is set, then the manifest carries it', async () => {
    const { manifest } = await packageManifest({ ...sampleEnv, APP_VERSION: '2.3.4' }, join(work, 'out'));
    expect(manifest.version).toBe('2.3.4');
  });

  it.each(['MicrosoftAppId', 'BOT_DOMAIN', 'PRIVACY_URL', 'TERMS_URL'] as const)(
    'when %s is missing, then packaging fails naming it and writes nothing',
    async (name) => {
      const env: Record<string, string | undefined> = { ...sampleEnv, [name]: '' };
      const attempt = packageManifest(env, join(work, 'out'));
      await expect(attempt).rejects.toBeInstanceOf(PackageError);
      await expect(attempt).rejects.toThrow(new RegExp(`\\b${name}: required`));
      expect(() => readFileSync(join(work, 'out', 'positie.zip'))).toThrow();
    },
  );

  it('when a value is malformed, then packaging fails naming it', async () => {
    const env = { ...sampleEnv, BOT_DOMAIN: 'https://positie.example.nl/', PRIVACY_URL: 'http://x.nl' };
    const attempt = packageManifest(env, join(work, 'out'));
    await expect(attempt).rejects.toThrow(/BOT_DOMAIN: expected a host name/);
    await expect(attempt).rejects.toThrow(/PRIVACY_URL: expected an https:\/\/ URL/);
  });

  it('when the manifest breaks the schema, then packaging fails naming the field', async () => {
    const source = sourceCopy((dir) => {
      const path = join(dir, 'manifest.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"#1F6F8B"', '"teal"'));
    });
    await expect(packageManifest(sampleEnv, join(work, 'out'), source)).rejects.toThrow(/\/accentColor/);
  });

  it('when a language misses a translation, then packaging fails naming file and key', async () => {
    const source = sourceCopy((dir) => {
      const path = join(dir, 'en.json');
      const strings = jsonObject.parse(JSON.parse(readFileSync(path, 'utf8')));
      delete strings['bots[0].commandLists[1].commands[0].title'];
      writeFileSync(path, JSON.stringify(strings));
    });
    await expect(packageManifest(sampleEnv, join(work, 'out'), source)).rejects.toThrow(
      /en\.json: missing bots\[0\]\.commandLists\[1\]\.commands\[0\]\.title/,
    );
  });

  it('when an icon has the wrong size, then packaging fails naming the icon', async () => {
    const source = sourceCopy((dir) => {
      writeFileSync(join(dir, 'outline.png'), PNG.sync.write(new PNG({ width: 48, height: 48 })));
    });
    await expect(packageManifest(sampleEnv, join(work, 'out'), source)).rejects.toThrow(
      /icons\.outline: expected 32x32 pixels, got 48x48/,
    );
  });
});
