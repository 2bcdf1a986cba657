import { AuthenticationTimeout, authenticationFailureOf } from '../../src/teams/authentication-failure';
import { listenHost } from '../../src/http/listen-host';

describe('where the server listens', () => {
  it('when in local mode (no authentication), then only on the loopback address', () => {
    expect(listenHost({ HOST: undefined, localMode: true })).toBe('127.0.0.1');
  });
  it('when credentials are configured, then on every interface, as App Service needs', () => {
    expect(listenHost({ HOST: undefined, localMode: false })).toBe('0.0.0.0');
  });
  it('when HOST is set, then there', () => {
    expect(listenHost({ HOST: '0.0.0.0', localMode: true })).toBe('0.0.0.0');
  });
});

describe('failed authentication', () => {
  const error = (message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), extra);

  it('when the signing keys cannot be fetched, then 503', () => {
    expect(authenticationFailureOf(Object.assign(error('request to https://login.botframework.com/v1/.well-known/openidconfiguration failed, reason: getaddrinfo ENOTFOUND'), { name: 'FetchError' }))).toEqual({ status: 503, reason: 'signing keys unavailable' });
    expect(authenticationFailureOf(error('Failed to load openID config: 502', { statusCode: 500 })).status).toBe(503);
    expect(authenticationFailureOf(new AuthenticationTimeout()).status).toBe(503);
  });

  it('when the token is wrong in any way, then 401 with a reason word', () => {
    const cases: [string, string][] = [
      ['The token has expired', 'expired'],
      ['jwt issuer invalid. expected: https://api.botframework.com', 'wrong issuer'],
      ['Unauthorized. Invalid AppId passed on token: 123', 'wrong audience'],
      ['invalid signature', 'bad signature'],
      ['"Token signing algorithm \'none\' not in allowed list', 'algorithm not allowed'],
      ['Signing Key could not be retrieved.', 'unknown signing key'],
      ['jwt malformed', 'malformed token'],
      ['Unauthorized Access. Request is not authorized', 'no token'],
      ['something unforeseen', 'rejected'],
    ];
    for (const [message, reason] of cases) expect([message, authenticationFailureOf(error(message, { statusCode: 401 }))]).toEqual([message, { status: 401, reason }]);
  });

  it('when something that is not an Error is thrown, then still 401, never 500', () => {
    expect(authenticationFailureOf('boom').status).toBe(401);
    expect(authenticationFailureOf(undefined).status).toBe(401);
  });
});
