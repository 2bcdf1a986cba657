import { randomInt } from 'node:crypto';

/**
 * Invitation codes a coach reads aloud or sends, and the person types: capitals and digits
 * without look-alikes (no 0/O, no 1/I/L), so a code survives a phone call.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 7;
const CODE_VALID_DAYS = 7;

/** A code as stored: who issued it, until when it works, and whether it was used. */
export interface CoachCode {
  code: string;
  coachKey: string;
  issuedAt: string;
  expiresAt: string;
  usedAt?: string;
  usedBy?: string;
}

/** Why a code cannot be accepted; undefined when it can. */
export type CodeRefusal = 'unknown' | 'own' | 'used' | 'expired';

/** A fresh random code; `pick(n)` returns a uniform integer in [0, n) (crypto by default). */
export function newCoachCode(pick: (size: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET.charAt(pick(CODE_ALPHABET.length));
  return code;
}

/** Seven days as an exact duration: a code issued Monday 10:00 works until next Monday 10:00. */
export function codeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + CODE_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** True for text that could be a code at all (the parser already upper-cased it). */
export function isWellFormedCode(text: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{6,8}$`).test(text);
}

/**
 * Whether `accepterKey` may accept `code` at `now`. Your own code is refused before anything
 * else, so trying it never uses it up.
 */
export function refusalFor(code: CoachCode | undefined, accepterKey: string, now: Date): CodeRefusal | undefined {
  if (!code) return 'unknown';
  if (code.coachKey === accepterKey) return 'own';
  if (code.usedAt !== undefined) return 'used';
  if (now.getTime() >= Date.parse(code.expiresAt)) return 'expired';
  return undefined;
}
