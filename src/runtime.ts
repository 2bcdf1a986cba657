import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Facts about this running process that features may show or record: the app's version (as in
 * package.json, the one the Teams package carries) and this instance's name in claims.
 */
export interface Runtime {
  readonly version: string;
  readonly instanceId: string;
}

/** The version in package.json: one folder up from src/ when run with tsx, and from dist/ when built. */
export function appVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}
