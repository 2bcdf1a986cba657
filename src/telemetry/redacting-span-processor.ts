import { SpanKind, type Attributes, type Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { redactUrl, scrubText } from './url-redaction';

/** Attributes that hold a URL, a path or a target (old and new HTTP semantic conventions). */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['url.full', 'http.url', 'http.target', 'url.path', 'url.original', 'http.route']);
/** Attributes that are nothing but a query string: dropped. */
const QUERY_ATTRIBUTES: ReadonlySet<string> = new Set(['url.query']);
/** On incoming requests: the caller's address and browser (a person, for export downloads): dropped. */
const CALLER_ATTRIBUTES: ReadonlySet<string> = new Set(['http.client_ip', 'client.address', 'net.peer.ip', 'net.sock.peer.addr', 'network.peer.address', 'http.user_agent', 'user_agent.original']);

/**
 * Runs between the instrumentations and the exporter: every span leaves with URLs reduced to
 * their shape and ids scrubbed from its name, attributes, events and status. The automatic
 * spans of table storage and the Bot Connector would otherwise carry tenant, user and
 * conversation ids to Azure Monitor.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(span: Span, _parentContext: Context): void {
    const name = scrubText(span.name);
    if (name !== span.name) span.updateName(name);
  }

  onEnd(span: ReadableSpan): void {
    dropExpectedTableErrors(span.events);
    if (span.kind === SpanKind.SERVER) for (const key of CALLER_ATTRIBUTES) delete span.attributes[key];
    redactAttributes(span.attributes);
    for (const event of span.events) if (event.attributes) redactAttributes(event.attributes);
    if (span.status.message !== undefined) span.status.message = scrubText(span.status.message);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Not found, already exists and changed-meanwhile are answers the store handles (src/store/rows.ts),
 * not failures; recorded as exceptions they would bury the real ones.
 */
const EXPECTED_TABLE_ANSWERS = /"code":"(ResourceNotFound|EntityAlreadyExists|TableAlreadyExists|UpdateConditionNotSatisfied)"/;

function dropExpectedTableErrors(events: TimedEvent[]): void {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    const message = event?.attributes?.['exception.message'];
    if (event?.name === 'exception' && typeof message === 'string' && EXPECTED_TABLE_ANSWERS.test(message)) events.splice(i, 1);
  }
}

/** Redacts in place: a ReadableSpan's attributes cannot be replaced, only changed. */
function redactAttributes(attributes: Attributes): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (QUERY_ATTRIBUTES.has(key)) delete attributes[key];
    else if (typeof value !== 'string') continue;
    else if (URL_ATTRIBUTES.has(key)) attributes[key] = redactUrl(value);
    else attributes[key] = scrubText(value);
  }
}
