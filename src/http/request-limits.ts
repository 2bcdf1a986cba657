import type { Server as HttpServer } from 'node:http';
import type { Next, Request, Response } from 'restify';
import { hasBody, readJsonBody } from './json-body';

/** The whole head of a request must arrive within this (slow-header senders are cut off). */
const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request, head and body, must arrive within this. */
const REQUEST_TIMEOUT_MS = 20_000;
/** The body of /api/messages must arrive within this once the head is in. */
const BODY_TIMEOUT_MS = 10_000;
/** A connection with no traffic at all is closed after this (longer than any turn should take). */
const IDLE_TIMEOUT_MS = 30_000;
/** Keep-alive connections wait this long for the next request. */
const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/**
 * Node's defaults allow 300 s per request and check only every 30 s; here a request has seconds.
 * Must run before `listen`: Node reads the checking interval when the server starts listening.
 */
export function applyTimeouts(server: HttpServer): void {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // In Node's http.Server since 18.12, missing from @types/node 20.
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1000;
  server.setTimeout(IDLE_TIMEOUT_MS);
}

/** Routes whose body is a JSON Bot Framework activity; every other route takes no body at all. */
const JSON_ROUTES = new Set(['POST /api/messages']);

/**
 * The only body reader of the server (restify's bodyParser is not used: it writes multipart
 * parts to the temp folder before any check). `/api/messages` gets its JSON read within limits;
 * any other route with a body is refused unread. Nothing of a refused body is kept in memory.
 */
export function bodyLimits(maxBodyBytes: number): (req: Request, res: Response, next: Next) => void {
  // restify wants a plain (req, res, next) function here, not an async one.
  return (req, res, next) => {
    const route = `${req.method ?? ''} ${req.getRoute()?.path ?? ''}`;
    if (!JSON_ROUTES.has(route)) {
      if (!hasBody(req)) return next();
      return refuse(res, next, 413, 'this route takes no request body');
    }
    void readJsonBody(req, maxBodyBytes, BODY_TIMEOUT_MS).then((result) => {
      if (!result.ok) return refuse(res, next, result.refusal.status, result.refusal.error);
      req.body = result.body;
      return next();
    });
  };
}

function refuse(res: Response, next: Next, status: number, error: string): void {
  // A refused body is discarded as it arrives (Node drops an unread body after the response);
  // a sender too slow to finish it is not waited for.
  if (status === 408) res.header('Connection', 'close');
  res.send(status, { error });
  next(false);
}
