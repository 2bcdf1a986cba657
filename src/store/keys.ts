/**
 * Azure Table keys may not contain / \ # ? or control characters. Ids from Teams are GUIDs or
 * opaque strings, so they are escaped the same way everywhere.
 */
export function safeKey(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[/\\#?%\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The partition of everything that belongs to one person. */
export function personKey(tenantId: string, aadObjectId: string): string {
  return safeKey(`${tenantId}_${aadObjectId}`);
}

/** OData string literal for filters. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A stable 32-bit hash of a string (FNV-1a), for spreading keys over shards. */
export function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}
