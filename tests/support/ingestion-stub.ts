import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One telemetry item as Azure Monitor's ingestion takes it (Breeze envelope). */
export interface Envelope {
  name: string;
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}

/**
 * A stand-in for Application Insights ingestion: HTTPS on 127.0.0.1 with a certificate made
 * for this run (the exporter only speaks https), recording every body it is sent. The app
 * trusts the certificate through NODE_EXTRA_CA_CERTS (`caFile`).
 */
export class IngestionStub {
  /** Every request body as received (gunzipped), in order; empty when not kept. */
  readonly bodies: string[] = [];
  readonly paths: string[] = [];
  /** Telemetry items received. */
  items = 0;
  private server?: Server;
  private dir = '';
  port = 0;

  /** `keepBodies: false` only counts (a benchmark's worth of bodies is not worth the memory). */
  constructor(private readonly options: { keepBodies: boolean } = { keepBodies: true }) {}

  get caFile(): string {
    return path.join(this.dir, 'cert.pem');
  }

  get connectionString(): string {
    return `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    this.dir = mkdtempSync(path.join(tmpdir(), 'positie-ingest-'));
    const key = path.join(this.dir, 'key.pem');
    execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', this.caFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    this.server = createServer({ key: readFileSync(key), cert: readFileSync(this.caFile) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        const items = envelopesIn(body).length;
        this.items += items;
        if (this.options.keepBodies) {
          this.bodies.push(body);
          this.paths.push(req.url ?? '');
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: items, itemsAccepted: items, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  envelopes(): Envelope[] {
    return this.bodies.flatMap(envelopesIn);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A body is a JSON array of envelopes, or one envelope per line. */
function envelopesIn(body: string): Envelope[] {
  const text = body.trim();
  if (text === '') return [];
  if (text.startsWith('[')) return JSON.parse(text) as Envelope[];
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Envelope);
}
