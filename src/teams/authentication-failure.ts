/**
 * What a failed Bot Framework authentication means for the caller: 401 for a token that is
 * missing or wrong, 503 (try again later) when the signing keys could not be fetched. The
 * reason is a fixed word for the log; library messages are never passed on, since they can
 * name the key ids, claims or the address that failed.
 */
interface AuthenticationFailure {
  status: 401 | 503;
  reason: AuthenticationFailureReason;
}

type AuthenticationFailureReason =
  | 'no token'
  | 'expired'
  | 'wrong issuer'
  | 'wrong audience'
  | 'bad signature'
  | 'algorithm not allowed'
  | 'unknown signing key'
  | 'malformed token'
  | 'wrong service url'
  | 'signing keys unavailable'
  | 'rejected';

/** Raised by the edge when the key fetch takes longer than it may. */
export class AuthenticationTimeout extends Error {
  constructor() {
    super('authentication took too long');
  }
}

const RULES: [RegExp, AuthenticationFailureReason][] = [
  [/expired/i, 'expired'],
  [/issuer/i, 'wrong issuer'],
  [/audience|Invalid AppId/i, 'wrong audience'],
  [/invalid signature/i, 'bad signature'],
  [/algorithm/i, 'algorithm not allowed'],
  [/Signing Key could not be retrieved/i, 'unknown signing key'],
  [/jwt malformed|jwt must be provided|invalid token|Unexpected token/i, 'malformed token'],
  [/ServiceUrl/i, 'wrong service url'],
  [/authHeader' required|Request is not authorized/i, 'no token'],
];

/** Classifies anything thrown while authenticating a request. */
export function authenticationFailureOf(error: unknown): AuthenticationFailure {
  if (error instanceof AuthenticationTimeout) return { status: 503, reason: 'signing keys unavailable' };
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const statusCode = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  // node-fetch's FetchError (no network) and the library's 500 for a failed key download.
  if (name === 'FetchError' || /Failed to load (Keys|openID config)/i.test(message) || statusCode === 500) {
    return { status: 503, reason: 'signing keys unavailable' };
  }
  for (const [pattern, reason] of RULES) if (pattern.test(message)) return { status: 401, reason };
  return { status: 401, reason: 'rejected' };
}
