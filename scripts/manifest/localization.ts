import { schemaErrors } from './validate';

export interface LocalizationFile {
  file: string;
  languageTag: string;
  /** True for `localizationInfo.defaultLanguageFile`: its strings must equal manifest.json's. */
  isDefault: boolean;
  strings: Record<string, unknown>;
}

/** Reads a localization key like `bots[0].commandLists[1].commands[2].title` from the manifest. */
export function valueAtKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const [, name, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === null || typeof node !== 'object') return undefined;
    const step = index ?? name;
    if (step === undefined) return undefined;
    node = Array.isArray(node) ? node[Number(step)] : (node as Record<string, unknown>)[step];
  }
  return node;
}

/** The string keys of a localization file (every key but `$schema`). */
export function stringKeys(strings: Record<string, unknown>): string[] {
  return Object.keys(strings).filter((key) => key !== '$schema');
}

/**
 * Problems across the localization files: schema errors, keys that point nowhere in the
 * manifest, a default file that drifted from manifest.json, and languages that miss keys
 * the others translate (Teams would silently fall back to the default language there).
 */
export function localizationProblems(
  manifest: unknown,
  files: LocalizationFile[],
  schema: unknown,
): string[] {
  const problems: string[] = [];
  const reference = files.find((f) => f.isDefault) ?? files[0];
  const referenceKeys = reference ? stringKeys(reference.strings).sort() : [];
  for (const loc of files) {
    for (const error of schemaErrors(loc.strings, schema)) problems.push(`${loc.file}: ${error}`);
    for (const key of stringKeys(loc.strings)) {
      const inManifest = valueAtKey(manifest, key);
      if (typeof inManifest !== 'string') problems.push(`${loc.file}: ${key} does not exist in manifest.json`);
      else if (loc.isDefault && inManifest !== loc.strings[key]) {
        problems.push(`${loc.file}: ${key} differs from manifest.json`);
      }
    }
    const missing = referenceKeys.filter((key) => !(key in loc.strings));
    if (missing.length > 0) problems.push(`${loc.file}: missing ${missing.join(', ')}`);
  }
  return problems;
}
