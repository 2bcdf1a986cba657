import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';

/** The headers server.ts sets; here also on responses to errors raised before its middleware (400, 413, 415, 404). */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

const id = z.string().min(1).max(1024);
const text = (max: number) => z.string().max(max).nullish();
const account = z.looseObject({ id, name: text(1024), aadObjectId: text(1024) });

/**
 * The envelope fields the bot and the adapter read, with the types Teams sends; `from`,
 * `recipient`, `conversation` and `serviceUrl` are required, as in the Bot Framework protocol.
 * Anything else passes untouched (card data is parsed by each verb's own schema). A missing or
 * mistyped field is refused here instead of crashing the adapter (500) or, worse, reaching
 * storage: without this, an activity with no conversation, a numeric conversation id or an
 * unknown conversation type would replace the person's stored chat reference.
 */
const activityEnvelope = z.looseObject({
  type: z.string().min(1).max(64),
  id: text(1024),
  name: text(256),
  serviceUrl: z.string().max(2048).regex(/^https?:\/\/\S+$/),
  channelId: text(64),
  text: z.string().nullish(),
  locale: text(64),
  localTimezone: text(128),
  deliveryMode: text(64),
  replyToId: text(1024),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id, tenantId: text(1024), conversationType: z.enum(['personal', 'groupChat', 'channel']).nullish(), isGroup: z.boolean().nullish() }),
  channelData: z.looseObject({ tenant: z.looseObject({ id: text(1024) }).nullish() }).nullish(),
  membersAdded: z.array(account).max(1000).nullish(),
  membersRemoved: z.array(account).max(1000).nullish(),
  entities: z.array(z.looseObject({})).max(100).nullish(),
  attachments: z.array(z.looseObject({})).max(100).nullish(),
});

/** A card action must carry an `action` object; botbuilder reads `value.action.type` unguarded. */
const cardActionValue = z.looseObject({ action: z.looseObject({}) });

/** Invokes the bot answers; Teams sends no others to it, and the adapter would answer those 501. */
const HANDLED_INVOKES = new Set(['adaptiveCard/action']);

/** Why an activity is refused, or undefined when it may go to the adapter. */
function refusalOf(body: unknown): string | undefined {
  const parsed = activityEnvelope.safeParse(body);
  if (!parsed.success) return 'expected a Bot Framework activity';
  if (parsed.data.type !== 'invoke') return undefined;
  if (!HANDLED_INVOKES.has(parsed.data.name ?? '')) return 'unsupported invoke';
  if (!cardActionValue.safeParse(parsed.data.value).success) return 'expected a card action';
  return undefined;
}

/**
 * Request hardening at the edge, added to the server by the composition root: security headers
 * on error responses too, and `/api/messages` bodies that are not a well-typed activity get 400
 * before the adapter sees them. Identity still comes from the activity (positie-bot.ts).
 */
export function guardActivityRequests(server: Server): void {
  // Errors raised before server.ts's header middleware runs (body parser, unknown route) end here.
  server.on('restifyError', (_req: Request, res: Response, _error: unknown, callback: () => void) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    callback();
  });
  server.use((req: Request, res: Response, next: Next) => {
    if (req.method !== 'POST' || req.getPath() !== '/api/messages') return next();
    const refusal = refusalOf(req.body);
    if (!refusal) return next();
    res.send(400, { error: refusal });
    return next(false);
  });
}
