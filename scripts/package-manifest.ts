/**
 * `npm run package`: builds manifest/build/positie.zip for upload in the Teams admin center.
 * Reads MicrosoftAppId, BOT_DOMAIN, PRIVACY_URL and TERMS_URL (and optionally APP_VERSION,
 * DEVELOPER_NAME, WEBSITE_URL) from the environment; see manifest/README.md.
 */
import { join } from 'node:path';
import { MANIFEST_DIR, packageManifest } from './manifest/package';
import { PackageError } from './manifest/package-env';

packageManifest(process.env, join(MANIFEST_DIR, 'build')).then(
  ({ zipPath, manifest }) => {
    console.log(`Teams app package written to ${zipPath} (version ${String(manifest.version)})`);
  },
  (error: unknown) => {
    console.error(error instanceof PackageError ? error.message : error);
    process.exitCode = 1;
  },
);
