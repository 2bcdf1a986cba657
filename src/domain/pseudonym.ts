import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Pseudonymous keys for team check-ins. A check-in row never holds an aadObjectId or a name:
 * it holds the HMAC of tenant + user id under a server secret, which answers "is this the same
 * person?" without telling who it is. Without the secret the key cannot be turned back into
 * a person, nor recomputed from a member list.
 */
export function pseudonymOf(secret: string, tenantId: string, aadObjectId: string): string {
  return createHmac('sha256', secret).update(`person|${tenantId}|${aadObjectId}`).digest('base64url').slice(0, 32);
}

/** Lifetime of a start card: after this its token is refused and the starter types check-in again. */
export const START_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A start card is visible to everyone in a channel; this token (carried in its action data)
 * lets only the person who asked for it start the check-in. It binds the starter's pseudonym,
 * the conversation and the moment it was issued: `<issuedMs>.<mac>`.
 */
export function signStartToken(secret: string, starter: string, conversationKey: string, issuedMs: number): string {
  return `${issuedMs}.${startMac(secret, starter, conversationKey, issuedMs)}`;
}

export type StartTokenCheck = { ok: true; issuedMs: number } | { ok: false; reason: 'malformed' | 'other-person' | 'expired' };

/** Checks a start token against the person clicking and the conversation they click in. */
export function verifyStartToken(secret: string, token: string, starter: string, conversationKey: string, nowMs: number): StartTokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{20,64})$/.exec(token);
  if (!match?.[1] || !match[2]) return { ok: false, reason: 'malformed' };
  const issuedMs = Number(match[1]);
  const expected = Buffer.from(startMac(secret, starter, conversationKey, issuedMs));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'other-person' };
  if (nowMs - issuedMs > START_TOKEN_TTL_MS || issuedMs - nowMs > 60_000) return { ok: false, reason: 'expired' };
  return { ok: true, issuedMs };
}

function startMac(secret: string, starter: string, conversationKey: string, issuedMs: number): string {
  return createHmac('sha256', secret).update(`start|${starter}|${conversationKey}|${issuedMs}`).digest('base64url').slice(0, 32);
}
