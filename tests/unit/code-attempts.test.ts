import { ATTEMPT_WINDOW_MS, attemptsExpireAt, failAttempt, MAX_WRONG_CODES, releaseAttempt, reserveAttempt, type AttemptState } from '../../src/domain/code-attempts';

const T0 = new Date('2026-03-04T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** One try: reserved, then failed (wrong code) or released (right code). */
function tryCode(state: AttemptState, id: string, now: Date, right: boolean): { state: AttemptState; ok: boolean } {
  const reservation = reserveAttempt(state, id, now);
  if (!reservation.ok) return { state, ok: false };
  return { state: right ? releaseAttempt(reservation.state, id) : failAttempt(reservation.state, now), ok: true };
}

describe('the limit on guessing coach codes', () => {
  it('when five wrong codes were tried, then every try is refused for an hour after the fifth, the right code too', () => {
    let state: AttemptState = { attempts: [] };
    for (let i = 0; i < MAX_WRONG_CODES; i += 1) {
      const result = tryCode(state, `w${i}`, at(i * 60_000), false);
      expect(result.ok).toBe(true);
      state = result.state;
    }
    expect(state.blockedUntil).toBe(at(4 * 60_000 + 60 * 60_000).toISOString());
    expect(reserveAttempt(state, 'right', at(60 * 60_000))).toEqual({ ok: false, blockedUntil: state.blockedUntil });
    expect(reserveAttempt(state, 'right', at(64 * 60_000 + 1)).ok).toBe(true);
  });

  it('when right codes are tried, then they do not count', () => {
    let state: AttemptState = { attempts: [] };
    for (let i = 0; i < 20; i += 1) state = tryCode(state, `r${i}`, at(i), true).state;
    expect(state.attempts).toEqual([]);
    expect(state.blockedUntil).toBeUndefined();
  });

  it('when wrong codes are spread over more than an hour, then old ones stop counting', () => {
    let state: AttemptState = { attempts: [] };
    for (let i = 0; i < 4; i += 1) state = tryCode(state, `w${i}`, at(i), false).state;
    state = tryCode(state, 'late', at(ATTEMPT_WINDOW_MS + 10), false).state;
    expect(state.attempts.map((a) => a.id)).toEqual(['late']);
    expect(state.blockedUntil).toBeUndefined();
  });

  it('when tries race, then at most five are taken before any finishes', () => {
    let state: AttemptState = { attempts: [] };
    let taken = 0;
    for (let i = 0; i < 12; i += 1) {
      const reservation = reserveAttempt(state, `p${i}`, at(i));
      if (reservation.ok) {
        state = reservation.state;
        taken += 1;
      }
    }
    expect(taken).toBe(MAX_WRONG_CODES);
  });

  it('when a try is exactly an hour old, then it no longer counts; a block ends at its own moment, not a millisecond later', () => {
    const full: AttemptState = { attempts: Array.from({ length: MAX_WRONG_CODES }, (_, i) => ({ id: `t${i}`, at: T0.toISOString() })) };
    expect(reserveAttempt(full, 'x', at(ATTEMPT_WINDOW_MS - 1)).ok).toBe(false);
    expect(reserveAttempt(full, 'x', at(ATTEMPT_WINDOW_MS)).ok).toBe(true);
    const blocked: AttemptState = { attempts: [], blockedUntil: at(1000).toISOString() };
    expect(reserveAttempt(blocked, 'x', at(999))).toEqual({ ok: false, blockedUntil: at(1000).toISOString() });
    expect(reserveAttempt(blocked, 'x', at(1000)).ok).toBe(true);
  });

  it('when the limit is reached by tries still being checked, then the refusal says when the oldest of them stops counting', () => {
    const racing: AttemptState = { attempts: Array.from({ length: MAX_WRONG_CODES }, (_, i) => ({ id: `t${i}`, at: at(i * 60_000).toISOString() })) };
    expect(reserveAttempt(racing, 'x', at(10 * 60_000))).toEqual({ ok: false, blockedUntil: at(ATTEMPT_WINDOW_MS).toISOString() });
  });

  it('when a right code gives its try back, then only that try goes', () => {
    const state: AttemptState = { attempts: ['a', 'b', 'c'].map((id) => ({ id, at: T0.toISOString() })) };
    expect(releaseAttempt(state, 'b').attempts.map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('the row may go when its last try stops counting or its block ends, whichever is later', () => {
    const tries = [{ id: 'a', at: T0.toISOString() }, { id: 'b', at: at(60_000).toISOString() }];
    expect(attemptsExpireAt({ attempts: tries })).toBe(at(60_000 + ATTEMPT_WINDOW_MS).toISOString());
    expect(attemptsExpireAt({ attempts: tries, blockedUntil: at(3 * ATTEMPT_WINDOW_MS).toISOString() })).toBe(at(3 * ATTEMPT_WINDOW_MS).toISOString());
    expect(attemptsExpireAt({ attempts: [] })).toBe(new Date(0).toISOString());
  });
});
