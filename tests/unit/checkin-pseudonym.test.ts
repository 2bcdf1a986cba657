import { legacyPseudonymOf, responseKeyOf, starterKeyOf, startSubjectOf, signStartToken, START_TOKEN_TTL_MS, verifyStartToken } from '../../src/domain/pseudonym';

const secret = 's'.repeat(40);

describe('check-in pseudonyms and start tokens', () => {
  it('within one check-in the same person gets the same key, which contains neither id', () => {
    const a = responseKeyOf(secret, 'tenant-1', 'checkin-1', 'user-aad-1');
    expect(responseKeyOf(secret, 'tenant-1', 'checkin-1', 'user-aad-1')).toBe(a);
    expect(responseKeyOf(secret, 'tenant-1', 'checkin-1', 'user-aad-2')).not.toBe(a);
    expect(responseKeyOf('t'.repeat(40), 'tenant-1', 'checkin-1', 'user-aad-1')).not.toBe(a);
    expect(a).not.toContain('user-aad-1');
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('one person has unrelated keys in different check-ins, and as starter a key unlike any response key', () => {
    const keys = [
      responseKeyOf(secret, 'tenant-1', 'checkin-1', 'user-aad-1'),
      responseKeyOf(secret, 'tenant-1', 'checkin-2', 'user-aad-1'),
      starterKeyOf(secret, 'tenant-1', 'checkin-1', 'user-aad-1'),
      starterKeyOf(secret, 'tenant-1', 'checkin-2', 'user-aad-1'),
      startSubjectOf(secret, 'tenant-1', 'user-aad-1'),
      legacyPseudonymOf(secret, 'tenant-1', 'user-aad-1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a start token passes only for the person and conversation it was made for', () => {
    const token = signStartToken(secret, 'starter', 'conv-1', 1_000);
    expect(verifyStartToken(secret, token, 'starter', 'conv-1', 2_000)).toEqual({ ok: true, issuedMs: 1_000 });
    expect(verifyStartToken(secret, token, 'someone-else', 'conv-1', 2_000)).toEqual({ ok: false, reason: 'other-person' });
    expect(verifyStartToken(secret, token, 'starter', 'conv-2', 2_000)).toEqual({ ok: false, reason: 'other-person' });
  });

  it('a start token expires after a day and refuses garbage', () => {
    const token = signStartToken(secret, 'starter', 'conv-1', 1_000);
    expect(verifyStartToken(secret, token, 'starter', 'conv-1', 1_000 + START_TOKEN_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyStartToken(secret, 'nonsense', 'starter', 'conv-1', 2_000)).toEqual({ ok: false, reason: 'malformed' });
  });
});
