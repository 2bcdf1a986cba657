import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Callers never pass ids, free text or names (not even a hash of an id: anyone with
 * the directory could compute it): the redaction below is a safety net, not the policy.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'positie' },
    redact: { paths: ['note', 'text', 'name', '*.note', '*.text', '*.name'], censor: '[redacted]' },
  };
  // A command whose stdout is its output (npm run report --json) logs to stderr instead.
  return destination ? pino(options, destination) : pino(options);
}

/** Error details without request bodies, which may hold free text. */
export function errorSummary(error: unknown): { name: string; message: string; statusCode?: number } {
  if (error instanceof Error) {
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    return { name: error.name, message: error.message.slice(0, 300), ...(typeof statusCode === 'number' ? { statusCode } : {}) };
  }
  return { name: 'unknown', message: String(error).slice(0, 300) };
}
