import { ATTEMPT_WINDOW_MS, failAttempt, MAX_WRONG_CODES, releaseAttempt, reserveAttempt, type AttemptState } from '../../src/domain/code-attempts';

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
});
