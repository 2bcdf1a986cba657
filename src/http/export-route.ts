import type { Request, Response, Server } from 'restify';
import type { Services } from '../features/services';
import { GONE_PAGE } from '../cards/strings/privacy-strings';
import { errorSummary } from '../log';
import { buildPersonExport, exportNames } from '../features/privacy/person-export';
import { readPersonExport } from '../cards/export-data';
import { EXPORT_HTML_CSP, renderExportHtml } from '../cards/export-html';
import type { Person } from '../domain/person';
import { exportTokenMatches, parseExportToken } from '../features/privacy/privacy-tokens';

/**
 * `GET /export/<token>`: the person's data as a JSON download, once; with `?format=html` the
 * readable page in the person's language instead (the card gives a separate link for each). The token alone is the
 * key (it was sent only into the person's own chat); anything that does not give a download —
 * used, expired, unknown, forged — gets the same 410 page, so the route tells nothing about
 * which links exist. The file is built before the link is used up, so a storage hiccup leaves
 * the link working; of two simultaneous uses only the one that deletes the pending row sends.
 */
export function addExportRoute(server: Server, services: Services): void {
  const { store, secret } = services.privacy;
  server.get('/export/:token', async (req: Request, res: Response) => {
    const format = formatOf(req);
    if (!format) {
      res.sendRaw(400, 'Positie: onbekend formaat / unknown format', { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    try {
      const parts = parseExportToken(String(req.params?.token ?? ''));
      const link = parts ? await store.links.find(parts.nonce) : undefined;
      const now = services.now();
      if (!parts || !link || !exportTokenMatches(secret, link.personKey, parts) || Date.parse(link.expiresAt) !== parts.expiresMs) return gone(res);
      if (now.getTime() > parts.expiresMs) {
        await store.links.consume(link);
        return gone(res);
      }
      const person = await services.people.get(link.personKey);
      const file = person ? await exportFile(services, person, format) : undefined;
      if (!file || !(await store.links.consume(link))) return gone(res);
      services.logger.info({ event: 'export.downloaded', format }, 'data export downloaded');
      res.sendRaw(200, file.body, file.headers);
    } catch (error) {
      services.logger.error({ event: 'export.failed', err: errorSummary(error) }, 'data export failed');
      res.sendRaw(500, 'Positie: er ging iets mis / something went wrong', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
  });
}

function gone(res: Response): void {
  res.sendRaw(410, GONE_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
}

type ExportFormat = 'json' | 'html';

/** `?format=html` or nothing (JSON); any other value is a bad request. */
function formatOf(req: Request): ExportFormat | undefined {
  const format = new URL(req.url ?? '/', 'http://localhost').searchParams.get('format');
  return format === null || format === 'json' ? 'json' : format === 'html' ? 'html' : undefined;
}

/** The file of one format; the page is built from the same object as the JSON, read with its schema. */
async function exportFile(services: Services, person: Person, format: ExportFormat): Promise<{ body: string; headers: Record<string, string> } | undefined> {
  const data = await buildPersonExport(services, person);
  if (format === 'json') {
    return { body: JSON.stringify(data, null, 2), headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="positie-export.json"' } };
  }
  const view = readPersonExport(data);
  if (!view) return undefined;
  return {
    body: renderExportHtml(view, services.content, await exportNames(services, view)),
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': EXPORT_HTML_CSP, 'Content-Disposition': 'inline; filename="positie-export.html"' },
  };
}
