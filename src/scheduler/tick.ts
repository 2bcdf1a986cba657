import type { Services } from '../features/services';
import { userRef, errorSummary } from '../log';
import type { DueEntry } from '../domain/due-entry';
import type { SkipReason } from '../features/telemetry';
import { recordOutcome } from './outcome-telemetry';
import { hashOf } from '../store/keys';
import type { InstancePresence } from './instance-presence';
import { nextPromptMemo, sendDuePrompt, sendSnoozedPrompt, type NextPromptAt } from './send-due-prompt';
import { sendDueSummary } from './send-due-summary';
import { sendDueReminder } from './send-due-reminder';

/** What one tick did; /dev/tick answers with it. */
export interface TickReport {
  at: string;
  /** Entries read from the due index (the tick's cost). */
  dueRead: number;
  sent: { kind: string; user: string; deliveryId: string }[];
  skipped: number;
  busy: number;
  failed: number;
  checkinsClosed: number;
}

export type DueOutcome =
  | { kind: 'sent'; deliveryId: string }
  /** Without a reason: put off (a reminder waits for a snoozed prompt), not skipped. */
  | { kind: 'skipped'; reason?: SkipReason }
  | { kind: 'busy' | 'failed' };

/** Extra work a tick does besides prompts and summaries (closing check-ins at their deadline). */
export type TickHook = (services: Services, now: Date) => Promise<number>;

/** What a tick works with: the features' services, this instance's presence, and the extra work. */
export interface Ticker {
  services: Services;
  presence: InstancePresence;
  hooks: readonly TickHook[];
}

const MAX_PER_TICK = 20_000;
const PARALLEL = 64;

/**
 * One scheduler tick at `now`: reads only the due buckets up to now and delivers each entry
 * with claim-before-send. Safe to run on several instances at once.
 */
export async function runTick({ services, presence, hooks }: Ticker, now: Date): Promise<TickReport> {
  // Instances that tick together share the rate from the first send on.
  await presence.refresh();
  const entries = startAtOwnOffset(await services.due.dueUpTo(now, MAX_PER_TICK), services.instanceId);
  const report: TickReport = { at: now.toISOString(), dueRead: entries.length, sent: [], skipped: 0, busy: 0, failed: 0, checkinsClosed: 0 };
  let next = 0;
  const nextAt = nextPromptMemo();
  const worker = async (): Promise<void> => {
    for (let entry = entries[next++]; entry; entry = entries[next++]) {
      const outcome = await deliverEntry(services, entry, now, nextAt);
      recordOutcome(services, entry, outcome);
      if (outcome.kind === 'sent') report.sent.push({ kind: entry.kind, user: userRef('', entry.personKey), deliveryId: outcome.deliveryId });
      else report[outcome.kind] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
  for (const hook of hooks) {
    try {
      report.checkinsClosed += await hook(services, now);
    } catch (error) {
      // The next tick tries again; the prompts of this one are not lost for it.
      services.logger.error({ event: 'tick.hook_failed', err: errorSummary(error) }, 'tick work besides prompts failed');
    }
  }
  return report;
}

/**
 * Instances ticking at once read the same list; each starts at its own point of it, so they
 * mostly claim different people instead of racing for the same claim (which costs reads).
 */
function startAtOwnOffset(entries: DueEntry[], instanceId: string): DueEntry[] {
  if (entries.length < 2) return entries;
  const offset = hashOf(instanceId) % entries.length;
  return [...entries.slice(offset), ...entries.slice(0, offset)];
}

async function deliverEntry(services: Services, entry: DueEntry, now: Date, nextAt: NextPromptAt): Promise<DueOutcome> {
  try {
    if (entry.kind === 'prompt') return await sendDuePrompt(services, entry, now, nextAt);
    if (entry.kind === 'summary') return await sendDueSummary(services, entry, now);
    if (entry.kind === 'reminder') return await sendDueReminder(services, entry, now);
    return await sendSnoozedPrompt(services, entry, now);
  } catch (error) {
    // Storage hiccup: the entry stays in the index and the next tick tries again.
    services.logger.error({ event: 'tick.entry_failed', kind: entry.kind, err: errorSummary(error) }, 'due entry failed');
    return { kind: 'failed' };
  }
}
