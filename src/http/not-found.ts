import type { Request, Response, Server } from 'restify';

/**
 * An unknown address gets one and the same 404, which does not repeat it: restify's own says
 * "/export/<what you asked> does not exist", handing a pasted or guessed download token (or any
 * injected text) back in the page.
 */
export function answerUnknownPathsAlike(server: Server): void {
  server.on('NotFound', (_req: Request, _res: Response, error: { body?: unknown }, callback: () => void) => {
    error.body = { code: 'NotFound', message: 'Niet gevonden / not found' };
    callback();
  });
}
