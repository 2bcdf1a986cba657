/**
 * Limits guessing of coach codes. A code has 31^7 values, but without a limit a script tries
 * hundreds a second. Every try is reserved before the code is looked up, so tries racing from
 * several instances cannot together look up more than the limit; a right code gives its try back.
 */

/** Wrong codes a person may try within an hour. */
export const MAX_WRONG_CODES = 5;
export const ATTEMPT_WINDOW_MS = 60 * 60 * 1000;
/** After the last allowed wrong code, every code is refused this long, the right one too. */
const BLOCK_MS = 60 * 60 * 1000;

interface Attempt {
  id: string;
  at: string;
}

export interface AttemptState {
  /** Tries within the window: wrong ones and ones still being checked. */
  attempts: Attempt[];
  blockedUntil?: string;
}

type Reservation = { ok: true; state: AttemptState } | { ok: false; blockedUntil: string };

/** Tries older than the window no longer count. */
function recentAttempts(state: AttemptState, now: Date): Attempt[] {
  return state.attempts.filter((a) => now.getTime() - Date.parse(a.at) < ATTEMPT_WINDOW_MS);
}

/** Takes a try for `id` when the person may try now; otherwise says until when they may not. */
export function reserveAttempt(state: AttemptState, id: string, now: Date): Reservation {
  if (state.blockedUntil && Date.parse(state.blockedUntil) > now.getTime()) return { ok: false, blockedUntil: state.blockedUntil };
  const attempts = recentAttempts(state, now);
  if (attempts.length >= MAX_WRONG_CODES) {
    const oldest = Math.min(...attempts.map((a) => Date.parse(a.at)));
    return { ok: false, blockedUntil: new Date(oldest + ATTEMPT_WINDOW_MS).toISOString() };
  }
  return { ok: true, state: { attempts: [...attempts, { id, at: now.toISOString() }] } };
}

/** The try was a wrong code: it stays counted, and the last allowed one starts the block. */
export function failAttempt(state: AttemptState, now: Date): AttemptState {
  const attempts = recentAttempts(state, now);
  if (attempts.length < MAX_WRONG_CODES) return { ...state, attempts };
  return { attempts, blockedUntil: new Date(now.getTime() + BLOCK_MS).toISOString() };
}

/** The try was a right code (or the person's own): it does not count. */
export function releaseAttempt(state: AttemptState, id: string): AttemptState {
  return { ...state, attempts: state.attempts.filter((a) => a.id !== id) };
}

/** When nothing in the state matters any more (for pruning the row). */
export function attemptsExpireAt(state: AttemptState): string {
  const ends = [...state.attempts.map((a) => Date.parse(a.at) + ATTEMPT_WINDOW_MS), state.blockedUntil ? Date.parse(state.blockedUntil) : 0];
  return new Date(Math.max(0, ...ends)).toISOString();
}
