import { metrics, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { currentVerb, VERBS } from '../cards/verbs';
import type { Telemetry } from '../features/telemetry';
import { wallTimeMs } from '../clock';
import { METRIC_NAMES } from './metric-names';

const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));
/** Activity types Teams sends; anything else is named `other`, so no sender's text becomes a name. */
const KNOWN_ACTIVITY_TYPES: ReadonlySet<string> = new Set(['message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'event', 'typing', 'messageUpdate', 'messageDelete']);

/** A card verb as a metric attribute: one of src/cards/verbs.ts (an old card's word as its verb today), else `other`. */
export function verbLabel(clicked: string | undefined): string {
  const verb = currentVerb(clicked);
  return typeof verb === 'string' && KNOWN_VERBS.has(verb) ? verb : 'other';
}

/**
 * The Telemetry port on the OpenTelemetry API. Without a registered SDK (no connection
 * string) every instrument and span is the API's no-op. The instrument names are in metric-names.ts.
 */
export function createOtelTelemetry(): Telemetry {
  const meter = metrics.getMeter('positie');
  const tracer = trace.getTracer('positie');
  const counter = (name: string, description: string) => meter.createCounter(name, { description });
  const due = counter(METRIC_NAMES.due, 'Due entries this instance took up');
  const claimed = counter(METRIC_NAMES.claimed, 'Due entries this instance claimed');
  const sent = counter(METRIC_NAMES.sent, 'Scheduled messages sent');
  const failed = counter(METRIC_NAMES.failed, 'Scheduled messages that failed');
  const skipped = counter(METRIC_NAMES.skipped, 'Due entries skipped (catch-up window, inactive person, day already done)');
  const lag = meter.createHistogram(METRIC_NAMES.lag, { description: 'Seconds from due to sent', unit: 's' });
  const throttled = counter(METRIC_NAMES.throttled, '429 answers from the Bot Connector');
  const retries = counter(METRIC_NAMES.retries, 'Proactive sends tried again');
  const cardAction = meter.createHistogram(METRIC_NAMES.cardAction, { description: 'Card action turns, by verb', unit: 'ms' });
  const answers = counter(METRIC_NAMES.answers, 'Answers stored');
  const opened = counter(METRIC_NAMES.checkinsOpened, 'Team check-ins started');
  const closed = counter(METRIC_NAMES.checkinsClosed, 'Team check-ins closed');
  /** Message turns not yet named: the router names them once it knows the command. */
  const unnamed = new WeakSet<Span>();
  let live = 1;
  meter.createObservableGauge(METRIC_NAMES.instances, { description: 'Live instances this instance sees' }).addCallback((result) => result.observe(live));

  return {
    scheduled: (step, kind) => (step === 'due' ? due : step === 'claimed' ? claimed : failed).add(1, { kind }),
    scheduledSent: (kind, lagSeconds) => {
      sent.add(1, { kind });
      lag.record(Math.max(0, lagSeconds), { kind });
    },
    scheduledSkipped: (kind, reason) => skipped.add(1, { kind, reason }),
    throttled: () => throttled.add(1),
    retried: (status) => retries.add(1, { status: status === undefined ? 'none' : String(status) }),
    answerStored: () => answers.add(1),
    checkin: (step) => (step === 'opened' ? opened : closed).add(1),
    instancesSeen: (count) => {
      live = count;
    },
    turn: (kind, work) => {
      const card = kind.activityType === 'invoke' && kind.verb !== undefined;
      const name = card ? `action ${verbLabel(kind.verb)}` : KNOWN_ACTIVITY_TYPES.has(kind.activityType) ? kind.activityType : 'other';
      return tracer.startActiveSpan(`turn ${name}`, async (span) => {
        if (name === 'message') unnamed.add(span);
        const started = wallTimeMs();
        try {
          return await work();
        } catch (error) {
          // The type only: an error's message may quote a request.
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
          throw error;
        } finally {
          if (card) cardAction.record(wallTimeMs() - started, { verb: verbLabel(kind.verb) });
          span.end();
        }
      });
    },
    nameTurn: (name) => {
      const span = trace.getActiveSpan();
      if (span && unnamed.delete(span)) span.updateName(`turn ${name}`);
    },
  };
}
