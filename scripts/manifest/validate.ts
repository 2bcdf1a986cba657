import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { PackageError } from './package-env';

const LIBRARY_PACKAGE = require.resolve('@microsoft/app-manifest/package.json');

export type SchemaFile = 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json';

/** The Teams schema version a `$schema` URL points at, e.g. "1.30". */
export function schemaVersionOf(schemaUrl: unknown): string {
  const match = typeof schemaUrl === 'string' ? /\/teams\/v(\d+\.\d+)\//.exec(schemaUrl) : null;
  if (!match?.[1]) throw new PackageError(`$schema: expected a Teams manifest schema URL, got ${String(schemaUrl)}`);
  return match[1];
}

/**
 * Loads a schema from the copies bundled in @microsoft/app-manifest, never from the `$schema`
 * URL: packaging must work offline and give the same answer every time.
 */
export function bundledSchema(version: string, file: SchemaFile): unknown {
  const root = dirname(LIBRARY_PACKAGE);
  const path = join(root, 'build', 'json-schemas', 'teams', `v${version}`, file);
  if (!existsSync(path)) throw new PackageError(`$schema: version ${version} is not bundled in @microsoft/app-manifest`);
  const text = readFileSync(path, 'utf8')
    // \a and \v are not JSON escapes; the library rewrites them the same way.
    .replace(/\\a/g, '\\u0007')
    .replace(/\\v/g, '\\u000b')
    // The localization schema has two activity-type patterns with an unescaped `]`, which ajv's
    // unicode regular expressions reject; escaping it keeps their meaning.
    .replace(/\\\\b\]/g, '\\\\b\\\\]');
  const schema: unknown = JSON.parse(text);
  const dialect = typeof schema === 'object' && schema !== null && '$schema' in schema ? schema.$schema : undefined;
  if (typeof dialect !== 'string' || !dialect.includes('draft-04')) {
    throw new PackageError(`$schema: ${file} v${version} is not a draft-04 schema; update scripts/manifest/validate.ts`);
  }
  return schema;
}

interface SchemaIssue {
  instancePath: string;
  message?: string;
  params?: unknown;
}
interface CompiledSchema {
  (document: unknown): boolean;
  errors?: SchemaIssue[] | null;
}
interface SchemaCompiler {
  compile(schema: unknown): CompiledSchema;
}

/**
 * The validator AppManifestUtils.validateAgainstSchema builds (ajv-draft-04 with the same
 * formats and options), loaded from the library's own dependencies. We do not call the library
 * itself because its entry point requires an ES-module-only package that Jest cannot load.
 */
function draft04Compiler(): SchemaCompiler {
  const fromLibrary = createRequire(LIBRARY_PACKAGE);
  const draft04: { default: new (options: object) => SchemaCompiler } = fromLibrary('ajv-draft-04');
  const formats: { default: (ajv: SchemaCompiler, names: string[]) => void } = fromLibrary('ajv-formats');
  const compiler = new draft04.default({ allErrors: true, strictTypes: false });
  formats.default(compiler, ['uri', 'email', 'regex']);
  return compiler;
}

/** Schema errors of a document, one line each, starting with the JSON path of the field. */
export function schemaErrors(document: unknown, schema: unknown): string[] {
  const validate = draft04Compiler().compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${e.params ? JSON.stringify(e.params) : ''}`.trim(),
  );
}

export interface IconRule {
  field: string;
  size: number;
  /** Outline icons must be white on transparency: every visible pixel white. */
  outline: boolean;
}

export const ICON_RULES: { color: IconRule; outline: IconRule } = {
  color: { field: 'icons.color', size: 192, outline: false },
  outline: { field: 'icons.outline', size: 32, outline: true },
};

/** Problems with one icon (size, transparency), each naming the manifest field. */
export function iconProblems(png: Buffer, rule: IconRule): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    return [`${rule.field}: not a readable PNG`];
  }
  const problems: string[] = [];
  if (image.width !== rule.size || image.height !== rule.size) {
    problems.push(`${rule.field}: expected ${rule.size}x${rule.size} pixels, got ${image.width}x${image.height}`);
  }
  if (rule.outline) {
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const alpha = image.data[i + 3] ?? 0;
      if (alpha === 0) transparent += 1;
      else if (image.data[i] !== 255 || image.data[i + 1] !== 255 || image.data[i + 2] !== 255) coloured += 1;
    }
    if (transparent === 0) problems.push(`${rule.field}: needs a transparent background`);
    if (coloured > 0) problems.push(`${rule.field}: ${coloured} visible pixels are not white`);
  }
  return problems;
}
