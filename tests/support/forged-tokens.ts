import { createSign, generateKeyPairSync } from 'node:crypto';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

function signed(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const unsigned = `${b64(header)}.${b64(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

/**
 * Bearer tokens an attacker can make without Microsoft's keys, each wrong in one way. Claims
 * follow the Bot Framework channel tokens (issuer api.botframework.com, audience the app id).
 */
export function forgedTokens(appId: string, serviceUrl: string): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const good = { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 600 };
  const header = { alg: 'RS256', typ: 'JWT', kid: 'forged-key-id' };
  return {
    'bad signature': signed(header, good),
    'wrong issuer': signed(header, { ...good, iss: 'https://sts.windows.net/evil/' }),
    'wrong audience': signed(header, { ...good, aud: '99999999-0000-0000-0000-000000000000' }),
    expired: signed(header, { ...good, nbf: now - 7200, exp: now - 3600 }),
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good)}.`,
  };
}
