import { CODE_ALPHABET, CODE_LENGTH, codeExpiresAt, isWellFormedCode, newCoachCode, refusalFor, type CoachCode } from '../../src/domain/coach-code';

const issued = new Date('2026-03-02T10:00:00Z');
const code = (extra: Partial<CoachCode> = {}): CoachCode => ({
  code: 'K7M4QRT',
  coachKey: 'coach',
  issuedAt: issued.toISOString(),
  expiresAt: codeExpiresAt(issued).toISOString(),
  ...extra,
});

describe('coach invitation codes', () => {
  it('when the alphabet is read, then it has no look-alikes (0/O, 1/I/L) and only capitals and digits', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(CODE_ALPHABET).not.toContain(c);
    expect(CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });

  it('when a code is drawn, then it has 7 characters from the alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const drawn = newCoachCode();
      expect(drawn).toHaveLength(CODE_LENGTH);
      expect([...drawn].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(isWellFormedCode(drawn)).toBe(true);
    }
  });

  it('when the random source is given, then the code follows it (no other randomness)', () => {
    expect(newCoachCode(() => 0)).toBe('AAAAAAA');
    expect(newCoachCode((n) => n - 1)).toBe('9999999');
  });

  it('when text has look-alikes or the wrong length, then it is no code', () => {
    expect(isWellFormedCode('K7M4QR0')).toBe(false);
    expect(isWellFormedCode('ABCDE')).toBe(false);
    expect(isWellFormedCode('ABCDEFGHJ')).toBe(false);
  });

  it('when a code is issued, then it works for exactly 7 days', () => {
    expect(refusalFor(code(), 'coachee', new Date('2026-03-09T09:59:59Z'))).toBeUndefined();
    expect(refusalFor(code(), 'coachee', new Date('2026-03-09T10:00:00Z'))).toBe('expired');
  });

  it('when the coach tries their own code, then it is refused as own, even if it is also used or expired', () => {
    expect(refusalFor(code(), 'coach', issued)).toBe('own');
    expect(refusalFor(code({ usedAt: issued.toISOString(), usedBy: 'x' }), 'coach', new Date('2027-01-01T00:00:00Z'))).toBe('own');
  });

  it('when a code was used or does not exist, then it is refused', () => {
    expect(refusalFor(code({ usedAt: issued.toISOString(), usedBy: 'x' }), 'coachee', issued)).toBe('used');
    expect(refusalFor(undefined, 'coachee', issued)).toBe('unknown');
  });
});
