import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ThrottlingOptions {
  /** Accepted sends per tenant in any 1 s window. */
  tenantRps: number;
  /** Share of sends answered 429 with Retry-After, as Teams does now and then (0..1). */
  inject429: number;
  /** Share of sends answered 503 (0..1). */
  inject503: number;
  /** Seconds in the Retry-After header of an injected 429. */
  retryAfterSeconds: number;
  /** Seed of the injection, so a run can be repeated. */
  seed: number;
  /** Milliseconds before each answer (Teams takes tens of them); 0 answers at once. */
  latencyMs?: number;
  /** Called with each accepted activity, as it is accepted. */
  onAccepted?: (conversationId: string, activity: Record<string, unknown>) => void;
}

/** Teams' per-conversation limits: at most `count` sends in any `windowMs`. */
const CONVERSATION_LIMITS = [
  { count: 7, windowMs: 1000 },
  { count: 8, windowMs: 2000 },
] as const;

export interface ConnectorCounts {
  accepted: number;
  /** 429s because a limit would have been broken: the sender went too fast. */
  overLimit: number;
  injected429: number;
  injected503: number;
}

/**
 * The outer edge of Teams for benchmarks and fault tests: a Bot Connector stand-in that keeps
 * Teams' limits (per tenant and per conversation, sliding windows over accepted sends), answers
 * some sends with 429 or 503 on a seeded schedule, and records what it accepted.
 */
export class ThrottlingConnector {
  readonly counts: ConnectorCounts = { accepted: 0, overLimit: 0, injected429: 0, injected503: 0 };
  /** Accepted sends per conversation id. */
  readonly perConversation = new Map<string, number>();
  /** Times (ms, performance.now) of every accepted send, in order. */
  readonly acceptedAt: number[] = [];
  url = '';
  private server?: Server;
  private readonly tenantWindows = new Map<string, number[]>();
  private readonly conversationWindows = new Map<string, number[]>();
  private readonly random: () => number;

  constructor(private readonly options: ThrottlingOptions) {
    this.random = mulberry32(options.seed);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const latency = this.options.latencyMs ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    if (!match?.[1]) return reply(res, 404, {});
    const conversationId = decodeURIComponent(match[1]);
    const tenantId = tenantOf(body);
    const now = performance.now();
    const tenant = windowOf(this.tenantWindows, tenantId);
    const conversation = windowOf(this.conversationWindows, conversationId);
    const tenantFull = countSince(tenant, now - 1000) >= this.options.tenantRps;
    const conversationFull = CONVERSATION_LIMITS.some((l) => countSince(conversation, now - l.windowMs) >= l.count);
    if (tenantFull || conversationFull) {
      this.counts.overLimit += 1;
      return reply(res, 429, {}, { 'Retry-After': '1' });
    }
    const draw = this.random();
    if (draw < this.options.inject429) {
      this.counts.injected429 += 1;
      return reply(res, 429, {}, { 'Retry-After': String(this.options.retryAfterSeconds) });
    }
    if (draw < this.options.inject429 + this.options.inject503) {
      this.counts.injected503 += 1;
      return reply(res, 503, {});
    }
    tenant.push(now);
    conversation.push(now);
    this.acceptedAt.push(now);
    this.counts.accepted += 1;
    this.perConversation.set(conversationId, (this.perConversation.get(conversationId) ?? 0) + 1);
    this.options.onAccepted?.(conversationId, parsed(body));
    reply(res, 200, { id: `activity-${this.counts.accepted}` });
  }
}

function windowOf(windows: Map<string, number[]>, key: string): number[] {
  const times = windows.get(key) ?? [];
  windows.set(key, times);
  // Only the last 2 s matter; trimming keeps each check short.
  const horizon = performance.now() - 2000;
  let drop = 0;
  while (drop < times.length && (times[drop] ?? 0) <= horizon) drop += 1;
  if (drop > 0) times.splice(0, drop);
  return times;
}

function countSince(times: readonly number[], after: number): number {
  let count = 0;
  for (let i = times.length - 1; i >= 0 && (times[i] ?? 0) > after; i -= 1) count += 1;
  return count;
}

function parsed(body: string): Record<string, unknown> {
  try {
    const value = JSON.parse(body) as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function tenantOf(body: string): string {
  try {
    const activity = JSON.parse(body) as { conversation?: { tenantId?: unknown } };
    return typeof activity.conversation?.tenantId === 'string' ? activity.conversation.tenantId : 'unknown';
  } catch {
    return 'unknown';
  }
}

function reply(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => resolve(data));
  });
}

/** A small seeded generator: the same seed gives the same 429/503 schedule. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
