import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Callers never pass ids, free text or names (not even a hash of an id: anyone with
 * the directory could compute it): the redaction below is a safety net, not the policy. `mixin`
 * adds fields to every line (the trace ids of src/telemetry/trace-fields.ts).
 */
export function createLogger(level: string, options: { mixin?: () => object; destination?: pino.DestinationStream } = {}): Logger {
  const settings = {
    level,
    base: { app: 'positie' },
    ...(options.mixin ? { mixin: options.mixin } : {}),
    redact: { paths: ['note', 'text', 'name', '*.note', '*.text', '*.name'], censor: '[redacted]' },
  };
  // A command whose stdout is its output (npm run report --json) logs to stderr instead.
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/** Error details without request bodies, which may hold free text. */
export function errorSummary(error: unknown): { name: string; message: string; statusCode?: number } {
  if (error instanceof Error) {
    const statusCode = (error as { statusCode?: unknown }).statusCode;
    return { name: error.name, message: error.message.slice(0, 300), ...(typeof statusCode === 'number' ? { statusCode } : {}) };
  }
  return { name: 'unknown', message: String(error).slice(0, 300) };
}
