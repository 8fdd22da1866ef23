/** Why a caller was not identified, as counted in carechain_authentication_failures_total. */
export type AuthenticationFailure =
  | 'missing'
  | 'expired'
  | 'signature'
  | 'claims'
  | 'lifetime'
  | 'malformed'
  | 'issuer-unreachable';

/** The caller could not be identified; the message says what to send or fix. */
export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly reason: AuthenticationFailure = 'claims',
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}
