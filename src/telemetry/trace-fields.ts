import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The active span's ids for a log line (pino `mixin`), so a line can be found next to its
 * trace in Azure Monitor; nothing when no span is active or telemetry is off.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}
