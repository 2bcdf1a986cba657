import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Callers pass ids through `userRef` and never pass free text or names: the
 * redaction below is a safety net, not the policy. `mixin` adds fields to every line (the
 * trace ids of src/telemetry/trace-fields.ts).
 */
export function createLogger(level: string, options: { mixin?: () => object } = {}): Logger {
  return pino({
    level,
    base: { app: 'positie' },
    ...(options.mixin ? { mixin: options.mixin } : {}),
    redact: { paths: ['note', 'text', 'name', '*.note', '*.text', '*.name'], censor: '[redacted]' },
  });
}

/** A short, stable, non-reversible reference to a person for logs. */
export function userRef(tenantId: string, aadObjectId: string): string {
  return createHash('sha256').update(`${tenantId}:${aadObjectId}`).digest('hex').slice(0, 12);
}

/** Error details without request bodies, which may hold free text. */
export function errorSummary(error: unknown): { name: string; message: string; statusCode?: number } {
  if (error instanceof Error) {
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    return { name: error.name, message: error.message.slice(0, 300), ...(typeof statusCode === 'number' ? { statusCode } : {}) };
  }
  return { name: 'unknown', message: String(error).slice(0, 300) };
}
