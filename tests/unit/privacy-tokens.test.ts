import { deleteTokenValid, newExportNonce, parseExportToken, signDeleteToken, signExportToken } from '../../src/features/privacy/privacy-tokens';

/** The tokens of export links and delete confirmations: their exact form and lifetime. */
const secret = 'g'.repeat(40);
const ISSUED = Date.parse('2026-12-01T09:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('privacy tokens', () => {
  it('an export token parses only as a whole: nothing before or after it', () => {
    const token = signExportToken(secret, 'tenant_person', ISSUED + 15 * 60_000, newExportNonce());
    expect(parseExportToken(token)).toBeDefined();
    expect(parseExportToken(`x${token}`)).toBeUndefined();
    expect(parseExportToken(`${token}x`)).toBeUndefined();
  });

  it('a delete confirmation works for exactly an hour, and a minute of clock skew ahead; not a millisecond longer', () => {
    const token = signDeleteToken(secret, 'tenant_person', ISSUED);
    const valid = (nowMs: number) => deleteTokenValid(secret, 'tenant_person', token, nowMs);
    expect(valid(ISSUED + 59 * 60_000)).toBe(true);
    expect(valid(ISSUED + HOUR)).toBe(true);
    expect(valid(ISSUED + HOUR + 1)).toBe(false);
    expect(valid(ISSUED - 60_000)).toBe(true);
    expect(valid(ISSUED - 60_001)).toBe(false);
  });

  it('a delete confirmation is refused with anything before or after it, or for someone else', () => {
    const token = signDeleteToken(secret, 'tenant_person', ISSUED);
    expect(deleteTokenValid(secret, 'tenant_person', `x${token}`, ISSUED)).toBe(false);
    expect(deleteTokenValid(secret, 'tenant_person', `${token}x`, ISSUED)).toBe(false);
    expect(deleteTokenValid(secret, 'tenant_other', token, ISSUED)).toBe(false);
  });
});
