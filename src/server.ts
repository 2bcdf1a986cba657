import restify, { type Request, type Response, type Server } from 'restify';
import { applyTimeouts, bodyLimits } from './http/request-limits';
import { errorSummary, type Logger } from './log';

interface ServerOptions {
  /** Hands one activity to the Teams edge (authentication, then the bot's turn). */
  processActivity: (req: Request, res: Response) => Promise<void>;
  maxBodyBytes: number;
  logger: Logger;
  /** Resolves when table storage answers. */
  ready: () => Promise<void>;
  /** Extra routes (export downloads, local time travel) added by the composition root. */
  routes?: (server: Server) => void;
}

interface RunningServer {
  server: Server;
  /** Stops accepting requests and resolves when in-flight turns have finished. */
  close(): Promise<void>;
}

/** restify at the edge: bounded JSON bodies, timeouts, route to the adapter, health. */
export function createServer(options: ServerOptions): RunningServer {
  const server = restify.createServer({ name: 'positie', handleUncaughtExceptions: false });
  applyTimeouts(server.server);
  server.use((_req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('X-Frame-Options', 'DENY');
    res.header('Referrer-Policy', 'no-referrer');
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    next();
  });
  server.use(bodyLimits(options.maxBodyBytes));

  let inFlight = 0;
  let drained: (() => void) | undefined;
  server.post('/api/messages', async (req, res) => {
    inFlight += 1;
    try {
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        res.send(400, { error: 'expected a JSON activity' });
        return;
      }
      await options.processActivity(req, res);
    } catch (error) {
      options.logger.error({ event: 'request.failed', err: errorSummary(error) }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await options.ready();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'storage unreachable' });
    }
  });
  options.routes?.(server);

  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close();
        if (inFlight === 0) return resolve();
        drained = resolve;
        setTimeout(resolve, 10_000).unref();
      }),
  };
}
