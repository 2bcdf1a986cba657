import { codeTriesKeyOf, legacyPseudonymOf, responseKeyOf, seriesOwnerKeyOf, starterKeyOf, startSubjectOf, signStartToken, START_TOKEN_TTL_MS, verifyStartToken } from '../../src/domain/pseudonym';

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

  it('every key is the same as in earlier releases: stored rows are found by recomputing them', () => {
    // A changed label, separator or length would orphan every row written before it.
    expect(responseKeyOf('geheim', 'tenant', 'checkin', 'aad')).toBe('RtexIlH-xPoj483jcTYSvAgKaEynYSZQ');
    expect(starterKeyOf('geheim', 'tenant', 'checkin', 'aad')).toBe('eiu_2KhMPpFLXN60O-00hNlS5GJc21pW');
    expect(seriesOwnerKeyOf('geheim', 'tenant', 'series', 'aad')).toBe('83_YlO6_IrH13kN-LNQCDAauFwyZgdii');
    expect(codeTriesKeyOf('geheim', 'person')).toBe('1Spy7DeasyaioyVoUvi_STUkeEEnfHeD');
    expect(startSubjectOf('geheim', 'tenant', 'aad')).toBe('vwn3T8e7QWFrzmxrnmCp1ij1Z2CUTzKW');
    expect(legacyPseudonymOf('geheim', 'tenant', 'aad')).toBe('I6cwGFCqM9JNuA8ukfmsaEoPQT0rsQ6P');
    expect(signStartToken('geheim', 'starter', 'conv', 1764583200000)).toBe('1764583200000.J5Wm42C6gy7rJ5VxuNHQ3p52XCYjJgwZ');
  });

  it('a start token is good for exactly a day, and for a minute of clock skew ahead; not a millisecond longer', () => {
    const issued = Date.parse('2026-12-01T09:00:00Z');
    const token = signStartToken(secret, 'starter', 'conv-1', issued);
    const check = (nowMs: number) => verifyStartToken(secret, token, 'starter', 'conv-1', nowMs);
    expect(START_TOKEN_TTL_MS).toBe(86_400_000);
    expect(check(issued)).toEqual({ ok: true, issuedMs: issued });
    expect(check(issued + START_TOKEN_TTL_MS)).toEqual({ ok: true, issuedMs: issued });
    expect(check(issued + START_TOKEN_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired' });
    expect(check(issued - 60_000)).toEqual({ ok: true, issuedMs: issued });
    expect(check(issued - 60_001)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a start token with anything around it, or a mac of another length, is refused without an error', () => {
    const issued = Date.parse('2026-12-01T09:00:00Z');
    const token = signStartToken(secret, 'starter', 'conv-1', issued);
    const check = (t: string) => verifyStartToken(secret, t, 'starter', 'conv-1', issued);
    expect(check(` ${token}`)).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`${token} `)).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`${issued}.${'A'.repeat(40)}`)).toEqual({ ok: false, reason: 'other-person' });
    expect(check(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toEqual({ ok: false, reason: 'other-person' });
  });
});
