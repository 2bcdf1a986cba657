import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Callers pass ids through `userRef` and never pass free text or names: the
 * redaction below is a safety net, not the policy.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'positie' },
    redact: { paths: ['note', 'text', 'name', '*.note', '*.text', '*.name'], censor: '[redacted]' },
  });
}

/** A short, stable, non-reversible reference to a person for logs. */
export function userRef(tenantId: string, aadObjectId: string): string {
  return createHash('sha256').update(`${tenantId}:${aadObjectId}`).digest('hex').slice(0, 12);
}
