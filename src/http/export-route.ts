import type { Request, Response, Server } from 'restify';
import type { Services } from '../features/services';
import { GONE_PAGE } from '../cards/strings/privacy-strings';
import { errorSummary } from '../log';
import { buildPersonExport } from '../features/privacy/person-export';
import { exportTokenMatches, parseExportToken } from '../features/privacy/privacy-tokens';

/**
 * `GET /export/<token>`: the person's data as a JSON download, once. The token alone is the
 * key (it was sent only into the person's own chat); anything that does not give a download —
 * used, expired, unknown, forged — gets the same 410 page, so the route tells nothing about
 * which links exist. The file is built before the link is used up, so a storage hiccup leaves
 * the link working; of two simultaneous uses only the one that deletes the pending row sends.
 */
export function addExportRoute(server: Server, services: Services): void {
  const { store, secret } = services.privacy;
  server.get('/export/:token', async (req: Request, res: Response) => {
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
      const body = person ? JSON.stringify(await buildPersonExport(services, person), null, 2) : undefined;
      if (!body || !(await store.links.consume(link))) return gone(res);
      services.logger.info({ event: 'export.downloaded' }, 'data export downloaded');
      res.sendRaw(200, body, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="positie-export.json"',
      });
    } catch (error) {
      services.logger.error({ event: 'export.failed', err: errorSummary(error) }, 'data export failed');
      res.sendRaw(500, 'Positie: er ging iets mis / something went wrong', { 'Content-Type': 'text/plain; charset=utf-8' });
    }
  });
}

function gone(res: Response): void {
  res.sendRaw(410, GONE_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
}
