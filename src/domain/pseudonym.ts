import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Keys for team check-ins. A check-in row never holds an aadObjectId or a name, and no stored
 * value links one person's rows across check-ins: every key is an HMAC under a server secret of
 * a purpose label, the tenant, the check-in id and the person. Without the secret a key cannot
 * be turned back into a person, nor recomputed from a member list; with it, the server can still
 * find a person's rows (for export and erasure) by recomputing the key per check-in.
 */
function keyed(secret: string, ...parts: string[]): string {
  return createHmac('sha256', secret).update(parts.join('|')).digest('base64url').slice(0, 32);
}

/** The row key of a person's answer to one check-in; unrelated to their key in any other. */
export function responseKeyOf(secret: string, tenantId: string, checkinId: string, aadObjectId: string): string {
  return keyed(secret, 'response', tenantId, checkinId, aadObjectId);
}

/** Who started one check-in (for "only the starter closes"); never equal to a response key. */
export function starterKeyOf(secret: string, tenantId: string, checkinId: string, aadObjectId: string): string {
  return keyed(secret, 'starter', tenantId, checkinId, aadObjectId);
}

/**
 * Who set up a recurring series (src/domain/checkin-series.ts): the owner of the series and of
 * every check-in it posts, so they can close those and stop the series. Its own purpose label,
 * so it never equals a response key in any check-in.
 */
export function seriesOwnerKeyOf(secret: string, tenantId: string, seriesId: string, aadObjectId: string): string {
  return keyed(secret, 'series-owner', tenantId, seriesId, aadObjectId);
}

/**
 * The row of a person's recent tries at a coach code. A keyed hash rather than their person key:
 * the tries must outlive an erasure for their window (or erasing would reset the guessing limit),
 * and a hash nobody can compute without the secret names no one once the profile is gone.
 */
export function codeTriesKeyOf(secret: string, personKey: string): string {
  return keyed(secret, 'code-tries', personKey);
}

/**
 * The person as a start token names them. The token is carried on a card and never stored, and
 * no row holds this value; it binds a setup card to the person who asked for it before the
 * check-in (and so its id) exists.
 */
export function startSubjectOf(secret: string, tenantId: string, aadObjectId: string): string {
  return keyed(secret, 'start-subject', tenantId, aadObjectId);
}

/**
 * The one key per person that check-in rows used before per-check-in keys: export and erasure
 * still look for it, so rows written then are found too. New rows never use it.
 */
export function legacyPseudonymOf(secret: string, tenantId: string, aadObjectId: string): string {
  return keyed(secret, 'person', tenantId, aadObjectId);
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

type StartTokenCheck = { ok: true; issuedMs: number } | { ok: false; reason: 'malformed' | 'other-person' | 'expired' };

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
