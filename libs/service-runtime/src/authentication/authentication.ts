import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { isRole, type Role } from '@carechain/domain';
import { ConfigurationError } from '../config';

/** Who is asking, in which roles, and on behalf of which care link. */
export interface Caller {
  actorId: string;
  careLinkId: string;
  roles: Role[];
}

/** Where a caller's credentials are read: HTTP headers, or a WebSocket connection's parameters. */
export type Credentials = (name: string) => string | undefined;
export type Authenticate = (credentials: Credentials) => Promise<Caller>;

export const CALLER_HEADERS = {
  actor: 'x-carechain-actor',
  careLink: 'x-carechain-care-link',
  roles: 'x-carechain-roles',
} as const;

/** The caller could not be identified; the message says what to send or fix. */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

function unauthenticated(message: string): AuthenticationError {
  return new AuthenticationError(message);
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
  return async (credentials) => {
    const actorId = credentials(CALLER_HEADERS.actor)?.trim();
    const careLinkId = credentials(CALLER_HEADERS.careLink)?.trim();
    if (!actorId || !careLinkId) {
      throw unauthenticated(
        `Not signed in: send ${CALLER_HEADERS.actor} and ${CALLER_HEADERS.careLink} (the care link you act for)`,
      );
    }
    const declared = credentials(CALLER_HEADERS.roles);
    return {
      actorId,
      careLinkId,
      roles: declared ? rolesFrom(declared, CALLER_HEADERS.roles) : ['care-staff'],
    };
  };
}

export interface OpenIdSettings {
  issuer: string;
  audience: string;
  /** The issuer's key set; found through its discovery document when not given. */
  jwksUrl?: string;
  careLinkClaim: string;
  rolesClaim: string;
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
        );
      url = ((await discovery.json()) as { jwks_uri?: string }).jwks_uri;
      if (!url) throw unauthenticated("the token issuer's discovery document names no jwks_uri");
    }
    keys = createRemoteJWKSet(new URL(url));
    return keys;
  };

  return async (credentials) => {
    const header = credentials('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) throw unauthenticated('Not signed in: send Authorization: Bearer <token>');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audience,
      }));
    } catch (error) {
      throw unauthenticated(describeTokenProblem(error));
    }
    const careLinkId = claims[settings.careLinkClaim];
    if (typeof careLinkId !== 'string' || !careLinkId)
      throw unauthenticated(`token has no ${settings.careLinkClaim} claim: the care link you act for`);
    if (!claims.sub) throw unauthenticated('token has no sub claim');
    const roles = rolesFrom(claims[settings.rolesClaim], `token claim ${settings.rolesClaim}`);
    // Client-credentials tokens of integrators carry scopes rather than a person's roles.
    if (!roles.length && typeof claims.scope === 'string') roles.push('integrator');
    return { actorId: claims.sub, careLinkId, roles };
  };
}

function describeTokenProblem(error: unknown): string {
  if (error instanceof AuthenticationError) return error.message;
  if (error instanceof errors.JWTExpired)
    return `token expired at ${new Date(Number(error.payload.exp) * 1000).toISOString()}; sign in again`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return "token signature does not verify against the issuer's keys";
  }
  if (error instanceof errors.JWTClaimValidationFailed)
    return `token ${error.claim} claim not accepted: ${error.reason}`;
  if (error instanceof errors.JOSEError) return `token not accepted: ${error.code}`;
  return 'token not accepted';
}

/** Settings of services that accept bearer tokens; the issuer and audience are required with 'oidc'. */
export const openIdSettings = {
  OIDC_ISSUER: z.url({ error: 'OIDC_ISSUER must be the URL of the token issuer' }).optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url({ error: "OIDC_JWKS_URL must be the URL of the issuer's key set" }).optional(),
  OIDC_CARE_LINK_CLAIM: z.string().min(1).default('carechain_care_link'),
  OIDC_ROLES_CLAIM: z.string().min(1).default('carechain_roles'),
};

type OpenIdConfig = z.infer<z.ZodObject<typeof openIdSettings>>;

/** The token check for a service's OIDC settings, or a configuration error naming what is missing. */
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
  return openIdConnect({
    issuer: config.OIDC_ISSUER!,
    audience: config.OIDC_AUDIENCE!,
    jwksUrl: config.OIDC_JWKS_URL,
    careLinkClaim: config.OIDC_CARE_LINK_CLAIM,
    rolesClaim: config.OIDC_ROLES_CLAIM,
  });
}
