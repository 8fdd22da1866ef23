import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { isRole, type Role } from '@carechain/domain';
import { ConfigurationError } from '../config';
import { countingFailures } from './authentication-failures';
import { AuthenticationError, type AuthenticationFailure } from './authentication-error';

export * from './authentication-error';

/** Who is asking, in which roles, and on behalf of which care link. */
export interface Caller {
  actorId: string;
  careLinkId: string;
  roles: Role[];
  /** When the caller's token stops being valid; none for callers asserted by trusted headers. */
  expiresAt?: Date;
}

/** Where a caller's credentials are read: HTTP headers, or a WebSocket connection's parameters. */
export type Credentials = (name: string) => string | undefined;
export type Authenticate = (credentials: Credentials) => Promise<Caller>;

export const CALLER_HEADERS = {
  actor: 'x-carechain-actor',
  careLink: 'x-carechain-care-link',
  roles: 'x-carechain-roles',
} as const;

function unauthenticated(message: string, reason?: AuthenticationFailure): AuthenticationError {
  return new AuthenticationError(message, reason);
}

function rolesFrom(value: unknown, source: string): Role[] {
  const names = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(/[\s,]+/).filter(Boolean)
      : [];
  const unknown = names.filter((n) => !isRole(n));
  if (unknown.length) throw unauthenticated(`${source} names unknown role ${unknown.join(', ')}`);
  return names as Role[];
}

/**
 * 'trusted-headers': an authenticating proxy (or the local platform) asserts the caller. Without a
 * roles header the caller is care staff, the role of nearly everyone who uses Carechain.
 */
export function trustedHeaders(): Authenticate {
  return countingFailures(async (credentials) => {
    const actorId = credentials(CALLER_HEADERS.actor)?.trim();
    const careLinkId = credentials(CALLER_HEADERS.careLink)?.trim();
    if (!actorId || !careLinkId) {
      throw unauthenticated(
        `Not signed in: send ${CALLER_HEADERS.actor} and ${CALLER_HEADERS.careLink} (the care link you act for)`,
        'missing',
      );
    }
    const declared = credentials(CALLER_HEADERS.roles);
    return {
      actorId,
      careLinkId,
      roles: declared ? rolesFrom(declared, CALLER_HEADERS.roles) : ['care-staff'],
    };
  });
}

export interface OpenIdSettings {
  issuer: string;
  audience: string;
  /** The issuer's key set; found through its discovery document when not given. */
  jwksUrl?: string;
  careLinkClaim: string;
  rolesClaim: string;
  /** Longest lifetime (exp - iat) a token may have; a token valid for longer is refused. */
  maxTokenLifetimeSeconds: number;
}

/** 'oidc': bearer tokens from the configured issuer, signature checked against its published keys. */
export function openIdConnect(settings: OpenIdSettings): Authenticate {
  let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  const keySet = async () => {
    if (keys) return keys;
    let url = settings.jwksUrl;
    if (!url) {
      const discovery = await fetch(`${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
      if (!discovery.ok)
        throw unauthenticated(
          `the token issuer's discovery document could not be read (HTTP ${discovery.status})`,
          'issuer-unreachable',
        );
      url = ((await discovery.json()) as { jwks_uri?: string }).jwks_uri;
      if (!url)
        throw unauthenticated(
          "the token issuer's discovery document names no jwks_uri",
          'issuer-unreachable',
        );
    }
    keys = createRemoteJWKSet(new URL(url));
    return keys;
  };

  return countingFailures(async (credentials) => {
    const header = credentials('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw unauthenticated('Not signed in: send Authorization: Bearer <token>', 'missing');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audience,
        // A token without exp would be valid forever, whoever copied it.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw tokenProblem(error);
    }
    const expiresAt = new Date(claims.exp! * 1000);
    checkLifetime(claims, settings.maxTokenLifetimeSeconds);
    const careLinkId = claims[settings.careLinkClaim];
    if (typeof careLinkId !== 'string' || !careLinkId)
      throw unauthenticated(`token has no ${settings.careLinkClaim} claim: the care link you act for`);
    if (!claims.sub) throw unauthenticated('token has no sub claim');
    const roles = rolesFrom(claims[settings.rolesClaim], `token claim ${settings.rolesClaim}`);
    // Client-credentials tokens of integrators carry scopes rather than a person's roles.
    if (!roles.length && typeof claims.scope === 'string') roles.push('integrator');
    return { actorId: claims.sub, careLinkId, roles, expiresAt };
  });
}

/**
 * A stolen token is useful until it expires: one issued for longer than the configured maximum is
 * refused, counted from its iat, or from now when it names none.
 */
function checkLifetime(claims: JWTPayload, maxSeconds: number): void {
  const issuedAt = claims.iat ?? Math.floor(Date.now() / 1000);
  const lifetime = claims.exp! - issuedAt;
  if (lifetime > maxSeconds)
    throw unauthenticated(
      `token lifetime of ${lifetime} s is longer than the ${maxSeconds} s accepted; ask the issuer for a shorter-lived token`,
      'lifetime',
    );
}

function tokenProblem(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired)
    return unauthenticated(
      `token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; sign in again`,
      'expired',
    );
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return unauthenticated("token signature does not verify against the issuer's keys", 'signature');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing')
    return unauthenticated('token has no exp claim: only tokens that expire are accepted', 'lifetime');
  if (error instanceof errors.JWTClaimValidationFailed)
    return unauthenticated(`token ${error.claim} claim not accepted: ${error.reason}`, 'claims');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return unauthenticated(`token not accepted: ${error.code}`, 'issuer-unreachable');
  if (error instanceof errors.JOSEError)
    return unauthenticated(`token not accepted: ${error.code}`, 'malformed');
  // Anything else failed on the way to the issuer's key set, not in the token.
  return unauthenticated(
    "token could not be checked: the issuer's keys could not be read",
    'issuer-unreachable',
  );
}

/** Settings of services that accept bearer tokens; the issuer and audience are required with 'oidc'. */
export const openIdSettings = {
  OIDC_ISSUER: z.url({ error: 'OIDC_ISSUER must be the URL of the token issuer' }).optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url({ error: "OIDC_JWKS_URL must be the URL of the issuer's key set" }).optional(),
  OIDC_CARE_LINK_CLAIM: z.string().min(1).default('carechain_care_link'),
  OIDC_ROLES_CLAIM: z.string().min(1).default('carechain_roles'),
  // Access tokens of common issuers live 5 to 90 minutes; two hours leaves room without trusting forever.
  OIDC_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number({ error: 'OIDC_MAX_TOKEN_LIFETIME_SECONDS must be a number of seconds' })
    .int('OIDC_MAX_TOKEN_LIFETIME_SECONDS must be a whole number of seconds')
    .min(60, 'OIDC_MAX_TOKEN_LIFETIME_SECONDS must be at least 60')
    .default(7200),
};

type OpenIdConfig = z.infer<z.ZodObject<typeof openIdSettings>>;

const tokenChecks = new Map<string, Authenticate>();

/**
 * The token check for a service's OIDC settings, or a configuration error naming what is missing.
 * Parts of a service asking with the same settings share one check (its key set, and the request
 * memo that counts a refusal once).
 */
export function openIdConnectFrom(config: OpenIdConfig, modeVariable: string): Authenticate {
  const missing = [
    ...(config.OIDC_ISSUER
      ? []
      : [`OIDC_ISSUER is required with ${modeVariable}=oidc (the URL of the token issuer)`]),
    ...(config.OIDC_AUDIENCE
      ? []
      : [`OIDC_AUDIENCE is required with ${modeVariable}=oidc (the audience tokens are issued for)`]),
  ];
  if (missing.length) throw new ConfigurationError(missing);
  const settings: OpenIdSettings = {
    issuer: config.OIDC_ISSUER!,
    audience: config.OIDC_AUDIENCE!,
    jwksUrl: config.OIDC_JWKS_URL,
    careLinkClaim: config.OIDC_CARE_LINK_CLAIM,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    maxTokenLifetimeSeconds: config.OIDC_MAX_TOKEN_LIFETIME_SECONDS,
  };
  const key = JSON.stringify(settings);
  let check = tokenChecks.get(key);
  if (!check) tokenChecks.set(key, (check = openIdConnect(settings)));
  return check;
}
