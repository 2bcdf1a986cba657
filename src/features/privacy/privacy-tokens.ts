import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a download link works. */
export const EXPORT_LINK_TTL_MS = 15 * 60 * 1000;
/** How long a delete confirmation card can be confirmed. */
const DELETE_CONFIRM_TTL_MS = 60 * 60 * 1000;

/** 128 random bits: the id of one download link. */
export function newExportNonce(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * A download link's token, `<nonce>.<expiresMs>.<mac>`. The MAC binds the person, the expiry
 * and the nonce, so a link cannot be pointed at someone else or stretched; the person key
 * itself stays out of the URL (it is in the pending-link row found by the nonce).
 */
export function signExportToken(secret: string, personKey: string, expiresMs: number, nonce: string): string {
  return `${nonce}.${expiresMs}.${mac(secret, `export|${personKey}|${expiresMs}|${nonce}`)}`;
}

interface ExportTokenParts {
  nonce: string;
  expiresMs: number;
  mac: string;
}

/** The parts of a well-formed token; undefined for anything else (no storage call is made for junk). */
export function parseExportToken(token: string): ExportTokenParts | undefined {
  const match = /^([A-Za-z0-9_-]{22})\.(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { nonce: match[1], expiresMs: Number(match[2]), mac: match[3] };
}

/** True when the token was signed for this person (the expiry is checked by the caller, against its clock). */
export function exportTokenMatches(secret: string, personKey: string, parts: ExportTokenParts): boolean {
  return sameText(parts.mac, mac(secret, `export|${personKey}|${parts.expiresMs}|${parts.nonce}`));
}

/**
 * The delete confirmation card carries `<issuedMs>.<mac>` for the person it was shown to, so
 * the confirm verb only works from a card Positie issued to that person, and not forever.
 */
export function signDeleteToken(secret: string, personKey: string, issuedMs: number): string {
  return `${issuedMs}.${mac(secret, `delete|${personKey}|${issuedMs}`)}`;
}

export function deleteTokenValid(secret: string, personKey: string, token: string, nowMs: number): boolean {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return false;
  const issuedMs = Number(match[1]);
  if (!sameText(match[2], mac(secret, `delete|${personKey}|${issuedMs}`))) return false;
  return nowMs - issuedMs <= DELETE_CONFIRM_TTL_MS && issuedMs - nowMs <= 60_000;
}

function mac(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
