import type { Request, Response, Server } from 'restify';
import { GONE_PAGE } from '../cards/strings/privacy-strings';
import { EXPORT_HTML_CSP } from '../cards/export-html';
import { downloadExport, type ExportFormat } from '../features/privacy/download-export';
import type { PrivacyDeps } from '../features/privacy/privacy-deps';
import { errorSummary } from '../log';

/**
 * `GET /export/<token>`: the person's data as a JSON download, once; with `?format=html` the
 * readable page in the person's language instead (the card gives a separate link for each).
 * The rules of the link (found, verified, used once) are the privacy feature's
 * (`downloadExport`); this route only speaks HTTP: 400 for an unknown format, the same 410 page
 * for every link that gives nothing, 500 when storage fails, and the headers of each format.
 */
export function addExportRoute(server: Server, deps: PrivacyDeps): void {
  server.get('/export/:token', async (req: Request, res: Response) => {
    const format = formatOf(req);
    if (!format) {
      res.sendRaw(400, 'Positie: onbekend formaat / unknown format', { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    try {
      const download = await downloadExport(String(req.params?.token ?? ''), format, deps);
      if (!download) return gone(res);
      res.sendRaw(200, download.body, HEADERS[download.format]);
    } catch (error) {
      deps.logger.error({ event: 'export.failed', err: errorSummary(error) }, 'data export failed');
      res.sendRaw(500, 'Positie: er ging iets mis / something went wrong', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
  });
}

const HEADERS: Readonly<Record<ExportFormat, Record<string, string>>> = {
  json: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="positie-export.json"' },
  html: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': EXPORT_HTML_CSP, 'Content-Disposition': 'inline; filename="positie-export.html"' },
};

function gone(res: Response): void {
  res.sendRaw(410, GONE_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
}

/** `?format=html` or nothing (JSON); any other value is a bad request. */
function formatOf(req: Request): ExportFormat | undefined {
  const format = new URL(req.url ?? '/', 'http://localhost').searchParams.get('format');
  return format === null || format === 'json' ? 'json' : format === 'html' ? 'html' : undefined;
}
