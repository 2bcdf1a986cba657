import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedActivity {
  conversationId: string;
  activity: Record<string, unknown>;
  /** Set when the bot updated an existing activity (PUT). */
  updatedId?: string;
}

/**
 * The outer edge of Teams: a Bot Connector stand-in that records what the bot sends. Tests
 * may make it answer with an error status for the next N sends.
 */
export class RecordingConnector {
  readonly sent: RecordedActivity[] = [];
  private server?: Server;
  private counter = 0;
  private failures: number[] = [];
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  /** The next sends get these statuses, in order (e.g. [403] or [429, 503]). */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  sentTo(conversationId: string): Record<string, unknown>[] {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.activity);
  }

  clear(): void {
    this.sent.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const body = await readBody(req);
    const match = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?/.exec(req.url ?? '');
    const failure = this.failures.shift();
    if (failure !== undefined) {
      res.writeHead(failure, failure === 429 ? { 'Retry-After': '0' } : {});
      res.end('{}');
      return;
    }
    if (!match?.[1]) {
      res.writeHead(404);
      res.end('{}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]);
    const activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    this.counter += 1;
    const id = req.method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : `activity-${this.counter}`;
    this.sent.push({ conversationId, activity, ...(req.method === 'PUT' ? { updatedId: id } : {}) });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id }));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => resolve(data));
  });
}
