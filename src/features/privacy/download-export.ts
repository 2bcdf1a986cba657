import { readPersonExport } from '../../cards/export-data';
import { renderExportHtml } from '../../cards/export-html';
import { buildPersonExport, exportNames } from './person-export';
import type { PrivacyDeps } from './privacy-deps';
import { exportTokenMatches, parseExportToken } from './privacy-tokens';

/** The JSON file, or the readable page in the person's language. */
export type ExportFormat = 'json' | 'html';

/** What a download link gives: the body of the format asked for. */
interface ExportDownload {
  format: ExportFormat;
  body: string;
}

/**
 * Uses a download link: find it by its nonce, verify the token against the person it was made
 * for and its expiry, build the file, then consume the link. The token alone is the key (it was
 * sent only into the person's own chat); anything that does not give a download — used,
 * expired, unknown, forged — is undefined, so the caller tells nothing about which links exist.
 * The file is built before the link is used up, so a storage hiccup leaves the link working; of
 * two simultaneous uses only the one that deletes the pending row gets the file. An expired
 * link is used up on sight.
 */
export async function downloadExport(token: string, format: ExportFormat, deps: PrivacyDeps): Promise<ExportDownload | undefined> {
  const { personRows, secret } = deps.privacy;
  const parts = parseExportToken(token);
  const link = parts ? await personRows.links.find(parts.nonce) : undefined;
  if (!parts || !link || !exportTokenMatches(secret, link.personKey, parts) || Date.parse(link.expiresAt) !== parts.expiresMs) return undefined;
  if (deps.now().getTime() > parts.expiresMs) {
    await personRows.links.consume(link);
    return undefined;
  }
  const person = await deps.people.get(link.personKey);
  const body = person ? await exportBody(deps, person, format) : undefined;
  if (body === undefined || !(await personRows.links.consume(link))) return undefined;
  deps.logger.info({ event: 'export.downloaded', format }, 'data export downloaded');
  return { format, body };
}

/** The file of one format; the page is built from the same object as the JSON, read with its schema. */
async function exportBody(deps: PrivacyDeps, person: Parameters<typeof buildPersonExport>[1], format: ExportFormat): Promise<string | undefined> {
  const data = await buildPersonExport(deps, person);
  if (format === 'json') return JSON.stringify(data, null, 2);
  const view = readPersonExport(data);
  return view ? renderExportHtml(view, deps.content, await exportNames(deps, view)) : undefined;
}
