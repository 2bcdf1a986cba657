import type { TableClient } from '@azure/data-tables';
import type { TableStore } from '../../../src/store/table-store';
import { wrappedTables } from '../../support/wrapped-tables';

/** Storage calls of one kind on one table: how many, how long in total, entities listed. */
export interface CallTally {
  calls: number;
  ms: number;
  entities: number;
}

const COUNTED = new Set(['getEntity', 'createEntity', 'upsertEntity', 'updateEntity', 'deleteEntity', 'submitTransaction']);

/**
 * Wraps a TableStore so that every storage call is counted and timed, per table and method,
 * without touching the repositories: benchmarks see where the time goes.
 */
export function countingTables(inner: TableStore): { tables: TableStore; tally: Map<string, CallTally>; reset(): void } {
  const tally = new Map<string, CallTally>();
  const record = (key: string, ms: number, entities = 0): void => {
    const entry = tally.get(key) ?? { calls: 0, ms: 0, entities: 0 };
    entry.calls += 1;
    entry.ms += ms;
    entry.entities += entities;
    tally.set(key, entry);
  };
  const wrap = (name: string, client: TableClient): TableClient =>
    new Proxy(client, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        if (property === 'listEntities') {
          return (...args: unknown[]) => countedList(`${name}.list`, (value as (...a: unknown[]) => AsyncIterable<unknown>).apply(target, args), record);
        }
        if (!COUNTED.has(property)) return value;
        return async (...args: unknown[]) => {
          const started = performance.now();
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          } finally {
            record(`${name}.${property}`, performance.now() - started);
          }
        };
      },
    });
  return { tables: wrappedTables(inner, wrap), tally, reset: () => tally.clear() };
}

async function* countedList(key: string, source: AsyncIterable<unknown>, record: (key: string, ms: number, entities: number) => void): AsyncGenerator<unknown> {
  const started = performance.now();
  let entities = 0;
  try {
    for await (const entity of source) {
      entities += 1;
      yield entity;
    }
  } finally {
    record(key, performance.now() - started, entities);
  }
}

/** The tally as a compact, sorted object for printing. */
export function tallySummary(tally: Map<string, CallTally>): Record<string, { calls: number; avgMs: number; entities?: number }> {
  const out: Record<string, { calls: number; avgMs: number; entities?: number }> = {};
  for (const [key, t] of [...tally.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out[key] = { calls: t.calls, avgMs: Math.round((t.ms / t.calls) * 10) / 10, ...(t.entities ? { entities: t.entities } : {}) };
  }
  return out;
}
