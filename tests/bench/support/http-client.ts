import { Agent, request } from 'node:http';

/** One keep-alive agent per target, so latency is the bot's, not a fresh TCP handshake. */
export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 512 });
}

/** POSTs JSON (or, with `body` undefined, nothing) with node:http: lighter than fetch, so the load generator disturbs less. */
export function postJson(agent: Agent, url: string, body: unknown, timeoutMs = 30_000): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  const headers = body === undefined ? { 'Content-Length': 0 } : { 'Content-Type': 'application/json', 'Content-Length': payload.length };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, timeout: timeoutMs, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** GET that resolves with the status, or 0 when nothing answered. */
export async function getStatus(url: string, timeoutMs = 3000): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
