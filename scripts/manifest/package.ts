import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import AdmZip from 'adm-zip';
import { z } from 'zod';
import { commandListProblems } from './command-lists';
import { localizationProblems, type LocalizationFile } from './localization';
import { fillPlaceholders, PackageError, readPackageEnv } from './package-env';
import { bundledSchema, ICON_RULES, iconProblems, schemaErrors, schemaVersionOf } from './validate';

const REPO_ROOT = join(__dirname, '..', '..');

/** Folder with manifest.json, its localization files and icons. */
export const MANIFEST_DIR = join(REPO_ROOT, 'manifest');
export const ZIP_NAME = 'positie.zip';

export interface PackageResult {
  zipPath: string;
  /** The filled manifest as written into the zip. */
  manifest: Record<string, unknown>;
}

/** The parts of a (schema-valid) manifest that name the other files of the package. */
const packageFiles = z.object({
  icons: z.object({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .object({
      defaultLanguageTag: z.string(),
      defaultLanguageFile: z.string().optional(),
      additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })).optional(),
    })
    .optional(),
});

const jsonObject = z.record(z.string(), z.unknown());

/** Reads a file of the package; the package is flat, so a path with folders is refused. */
function readPackageFile(dir: string, file: string): Buffer {
  if (basename(file) !== file) throw new PackageError(`${file}: files must sit next to manifest.json`);
  if (!existsSync(join(dir, file))) throw new PackageError(`${file}: not found in ${dir}`);
  return readFileSync(join(dir, file));
}

function readJson(dir: string, file: string): Record<string, unknown> {
  const parsed = jsonObject.safeParse(JSON.parse(readPackageFile(dir, file).toString('utf8')));
  if (!parsed.success) throw new PackageError(`${file}: expected a JSON object`);
  return parsed.data;
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new PackageError(`Invalid Teams app package:\n  ${problems.join('\n  ')}`);
}

/**
 * Builds the Teams app package: fills the placeholders of manifest.json from `env`, validates
 * manifest and localization files offline against the schemas bundled in
 * @microsoft/app-manifest, checks the icons and writes `<outDir>/positie.zip`. Throws a
 * PackageError naming the variable or field at fault; nothing is written then.
 */
export async function packageManifest(
  env: Record<string, string | undefined>,
  outDir: string,
  sourceDir: string = MANIFEST_DIR,
): Promise<PackageResult> {
  const { version } = z.object({ version: z.string() }).parse(readJson(REPO_ROOT, 'package.json'));
  const values = readPackageEnv(env, version);
  const manifest = jsonObject.parse(fillPlaceholders(readJson(sourceDir, 'manifest.json'), values));
  const schemaVersion = schemaVersionOf(manifest.$schema);

  fail(schemaErrors(manifest, bundledSchema(schemaVersion, 'MicrosoftTeams.schema.json')));

  const { icons, localizationInfo } = packageFiles.parse(manifest);
  const localizations: LocalizationFile[] = [];
  if (localizationInfo?.defaultLanguageFile) {
    const file = localizationInfo.defaultLanguageFile;
    const languageTag = localizationInfo.defaultLanguageTag;
    localizations.push({ file, languageTag, isDefault: true, strings: readJson(sourceDir, file) });
  }
  for (const { file, languageTag } of localizationInfo?.additionalLanguages ?? []) {
    localizations.push({ file, languageTag, isDefault: false, strings: readJson(sourceDir, file) });
  }
  const localizationSchema = bundledSchema(schemaVersion, 'MicrosoftTeams.Localization.schema.json');
  fail([...localizationProblems(manifest, localizations, localizationSchema), ...commandListProblems(manifest, localizations, localizationInfo?.defaultLanguageTag ?? 'nl')]);

  const color = readPackageFile(sourceDir, icons.color);
  const outline = readPackageFile(sourceDir, icons.outline);
  fail([...iconProblems(color, ICON_RULES.color), ...iconProblems(outline, ICON_RULES.outline)]);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  zip.addFile(icons.color, color);
  zip.addFile(icons.outline, outline);
  for (const loc of localizations) {
    zip.addFile(loc.file, Buffer.from(`${JSON.stringify(loc.strings, null, 2)}\n`, 'utf8'));
  }
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, ZIP_NAME);
  zip.writeZip(zipPath);
  return { zipPath, manifest };
}
