import { RestError, type TableClient, type TableEntityResult } from '@azure/data-tables';
import type { z } from 'zod';

/**
 * The plumbing every repository shares: what a storage status means for the caller, so that
 * no repository writes `statusCode === 404` itself, and rows read back through a schema.
 */

/** True when table storage answered with one of `statuses`. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  return error instanceof RestError && typeof error.statusCode === 'number' && statuses.includes(error.statusCode);
}

/** A point read: the row, or undefined when there is none. */
export async function findRow<T extends object>(table: TableClient, partitionKey: string, rowKey: string): Promise<TableEntityResult<T> | undefined> {
  try {
    return await table.getEntity<T>(partitionKey, rowKey);
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw error;
  }
}

/** For `.catch()` on a delete: a row that is already gone is what was wanted. */
export function ignoreNotFound(error: unknown): void {
  if (hasStatus(error, 404)) return;
  throw error;
}

/** Deletes one row; fine when it is not there. */
export async function deleteIfExists(table: TableClient, partitionKey: string, rowKey: string): Promise<void> {
  await table.deleteEntity(partitionKey, rowKey).catch(ignoreNotFound);
}

/**
 * A write guarded by an etag (or by the row existing): true when it went through, false when
 * another writer was first (412) or the row is gone (404). Other failures throw.
 */
export async function whenUnchanged(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (hasStatus(error, 412, 404)) return false;
    throw error;
  }
}

/** A conditional insert: true when this call created the row, false when it already existed (409). */
export async function insertIfAbsent(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (hasStatus(error, 409)) return false;
    throw error;
  }
}

/**
 * A JSON column read back through its schema: a row written by an older version, or changed by
 * hand, fails loudly here instead of travelling on as a wrong type.
 */
export function parseJsonColumn<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  return schema.parse(JSON.parse(text));
}
