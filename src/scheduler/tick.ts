import type { SchedulerDeps } from './scheduler-deps';
import type { Services } from '../features/services';
import { errorSummary } from '../log';
import type { DueEntry } from '../domain/due-entry';
import type { DueOutcome } from './due-outcome';
import { recordOutcome } from './outcome-telemetry';
import { hashOf } from '../store/keys';
import type { InstancePresence } from './instance-presence';
import { nextPromptMemo, sendDuePrompt, sendSnoozedPrompt, type NextPromptAt } from './send-due-prompt';
import { sendDueSummary } from './send-due-summary';
import { sendDueReminder } from './send-due-reminder';
import { DueQueue, entryKey } from './due-queue';

/** What one tick did; /dev/tick answers with it. */
export interface TickReport {
  at: string;
  /** Entries read from the due index (the tick's cost). */
  dueRead: number;
  sent: { kind: string; deliveryId: string }[];
  skipped: number;
  busy: number;
  failed: number;
  checkinsClosed: number;
}

/** Extra work a tick does besides prompts and summaries (closing check-ins at their deadline). */
export type TickHook = (services: Services, now: Date) => Promise<number>;

/** What a tick works with: the features' services, this instance's presence, and the extra work. */
export interface Ticker {
  services: Services;
  presence: InstancePresence;
  hooks: readonly TickHook[];
}

const MAX_PER_TICK = 20_000;
/**
 * Entries in flight at once, for the whole rate. An instance with a share of it keeps that share
 * of them: more would only wait for a slot, and at the end of a fan-out they drain at its share.
 */
const PARALLEL = 64;
const MIN_PARALLEL = 16;

/**
 * One scheduler tick at `now`: reads only the due buckets up to now and delivers each entry
 * with claim-before-send. Safe to run on several instances at once: each first works its own
 * share of the people due (by a hash of the person, among the instances alive), then helps with
 * what is still due, from the other end, so that a slower or dead instance's share is done too.
 */
export async function runTick({ services, presence, hooks }: Ticker, now: Date): Promise<TickReport> {
  // Instances that tick together share the list and the rate from the first send on.
  const { rank, count } = await presence.beginTick(now.toISOString().slice(0, 16));
  const due = await services.due.dueUpTo(now, MAX_PER_TICK);
  const report: TickReport = { at: now.toISOString(), dueRead: due.length, sent: [], skipped: 0, busy: 0, failed: 0, checkinsClosed: 0 };
  const tried = new Set<string>();
  const nextAt = nextPromptMemo();
  const stillDue = (): Promise<DueEntry[]> => services.due.dueUpTo(now, MAX_PER_TICK);
  // Workers start one send apart at this instance's share of the rate (see DueQueue.run).
  const spacingMs = (1000 * count) / services.config.TEAMS_MAX_RPS;
  const deliverAll = (entries: DueEntry[]): Promise<void> =>
    new DueQueue(entries, stillDue, tried).run(
      Math.max(MIN_PARALLEL, Math.ceil(PARALLEL / count)),
      async (entry) => {
        const outcome = await deliverEntry(services, entry, now, nextAt);
        recordOutcome(services, entry, outcome);
        if (outcome.kind === 'sent') report.sent.push({ kind: entry.kind, deliveryId: outcome.deliveryId });
        else report[outcome.kind] += 1;
        return outcome.kind;
      },
      spacingMs,
    );
  const work = async (): Promise<void> => {
    await deliverAll(due.filter((entry) => shareOf(entry, count) === rank));
    if (count === 1 || due.length === 0) return;
    // What is still due belongs to an instance that is slower, dead or not ticking: help it, from
    // the other end, first with the entries this instance is second in line for.
    const left = (await stillDue()).filter((entry) => !tried.has(entryKey(entry))).reverse();
    report.dueRead += left.length;
    await deliverAll([...left.filter((entry) => helperOf(entry, count) === rank), ...left.filter((entry) => helperOf(entry, count) !== rank)]);
  };
  await presence.during(work());
  for (const hook of hooks) {
    try {
      report.checkinsClosed += await hook(services, now);
    } catch (error) {
      // The next tick tries again; the prompts of this one are not lost for it.
      services.logger.error({ event: 'tick.hook_failed', err: errorSummary(error) }, 'tick work besides prompts failed');
    }
  }
  // Done: until its next tick this instance leaves its share of the rate to those still sending.
  if (count > 1 && due.length > 0) await presence.finishTick();
  return report;
}

/** The instance (by rank) whose share a due entry is in: all entries of a person go to the same one. */
function shareOf(entry: DueEntry, instances: number): number {
  return hashOf(entry.personKey) % instances;
}

/** The instance second in line for an entry (never its owner): helpers split a slow one's rest instead of racing. */
function helperOf(entry: DueEntry, instances: number): number {
  const owner = shareOf(entry, instances);
  const other = hashOf(`${entry.personKey}#helper`) % (instances - 1);
  return other >= owner ? other + 1 : other;
}


async function deliverEntry(services: SchedulerDeps, entry: DueEntry, now: Date, nextAt: NextPromptAt): Promise<DueOutcome> {
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
