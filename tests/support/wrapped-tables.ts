import type { TableClient } from '@azure/data-tables';
import type { TableStore } from '../../src/store/table-store';

/** The store with each table's client wrapped once by `wrap` (the same wrapped client on every call). */
export function wrappedTables(inner: TableStore, wrap: (key: string, client: TableClient) => TableClient): TableStore {
  const clients = new Map<string, TableClient>();
  return {
    ...inner,
    table(key) {
      const existing = clients.get(key);
      if (existing) return existing;
      const wrapped = wrap(key, inner.table(key));
      clients.set(key, wrapped);
      return wrapped;
    },
  };
}

/**
 * The store with one kind of call refused while `refusedNow()` names it: `<table>.<method>`,
 * optionally `:<end>` to refuse only rows whose key ends so. Other calls go through.
 */
export function refusingTables(inner: TableStore, refusedNow: () => string): TableStore {
  return wrappedTables(inner, (key, client) =>
    new Proxy(client, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        return (...args: unknown[]) => {
          const [call = '', rowEnd] = refusedNow().split(':');
          const rowKey = (args[0] as { rowKey?: string } | undefined)?.rowKey ?? (typeof args[1] === 'string' ? args[1] : '');
          if (call === `${key}.${property}` && (rowEnd === undefined || rowKey.endsWith(rowEnd))) return Promise.reject(new Error(`refused: ${call}`));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }),
  );
}
