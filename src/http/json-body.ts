import type { IncomingMessage } from 'node:http';

/** Why a request body was refused: the HTTP status and a short reason (never echoed input). */
interface BodyRefusal {
  status: 400 | 408 | 413 | 415;
  error: string;
}

type BodyResult = { ok: true; body: unknown } | { ok: false; refusal: BodyRefusal };

/**
 * Reads a JSON request body into memory, in this order: only `application/json`, only
 * identity encoding (a compressed body is never inflated, so a gzip bomb costs nothing), at
 * most `maxBytes` raw bytes (counted while reading, whatever Content-Length claims), within
 * `deadlineMs` (a trickling sender is cut off). Nothing touches the disk. restify's
 * bodyParser is not used: it writes multipart parts to the temp folder before any check.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, deadlineMs: number): Promise<BodyResult> {
  const refusal = headerRefusal(req, maxBytes);
  if (refusal) return { ok: false, refusal };
  const raw = await readBounded(req, maxBytes, deadlineMs);
  if (!raw.ok) return raw;
  try {
    return { ok: true, body: JSON.parse(raw.bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false, refusal: { status: 400, error: 'expected a JSON activity' } };
  }
}

/** True when the request announces a body (a length above zero, or chunked transfer). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined && length !== '0') return true;
  return req.headers['transfer-encoding'] !== undefined;
}

function headerRefusal(req: IncomingMessage, maxBytes: number): BodyRefusal | undefined {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, error: 'expected Content-Type application/json' };
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return { status: 415, error: 'compressed bodies are not accepted' };
  const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.trim().replace(/"/g, '').toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { status: 415, error: 'expected UTF-8' };
  const length = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(length) && length > maxBytes) return { status: 413, error: 'request body too large' };
  return undefined;
}

function readBounded(req: IncomingMessage, maxBytes: number, deadlineMs: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; refusal: BodyRefusal }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: { ok: true; bytes: Buffer } | { ok: false; refusal: BodyRefusal }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      // The rest of a refused body is read and dropped (flowing, no listener), never kept: the
      // sender then gets its 413 instead of a reset. Node's request timeout still bounds it.
      if (!result.ok) req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) return finish({ ok: false, refusal: { status: 413, error: 'request body too large' } });
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, bytes: Buffer.concat(chunks, size) });
    const onError = (): void => finish({ ok: false, refusal: { status: 400, error: 'request body could not be read' } });
    const timer = setTimeout(() => finish({ ok: false, refusal: { status: 408, error: 'request body too slow' } }), deadlineMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
