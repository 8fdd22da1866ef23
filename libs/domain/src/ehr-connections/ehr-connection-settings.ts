import type { Problem } from '../improvement-work/problems';

export const ehrAuthTypes = ['none', 'bearer', 'client-credentials'] as const;
export type EhrAuthType = (typeof ehrAuthTypes)[number];

/** An EHR connection as an integrator states it; credentials only by the name of what holds them. */
export interface EhrConnectionSettingsInput {
  connectionId: string;
  baseUrl: string;
  careLinkIds: readonly string[];
  /** Location reference, system|value or display -> the ward care link it means. */
  locations?: readonly { location: string; careLinkId: string }[] | null;
  patientIdentifierSystem: string;
  authType?: string | null;
  /** The environment variable on the adapter holding the bearer token or the client secret. */
  credentialEnv?: string | null;
  tokenUrl?: string | null;
  clientId?: string | null;
  pollIntervalSeconds?: number | null;
  pageSize?: number | null;
}

/** The connection as the FHIR adapter's connections file writes it (defaults left to the adapter). */
export interface EhrConnectionConfig {
  id: string;
  baseUrl: string;
  careLinks: string[];
  locations: Record<string, string>;
  patientIdentifierSystem: string;
  auth:
    | { type: 'none' }
    | { type: 'bearer'; tokenEnv: string }
    | { type: 'client-credentials'; tokenUrl: string; clientId: string; clientSecretEnv: string };
  pollIntervalSeconds: number;
  pageSize: number;
}

export const ehrConnectionLimits = {
  pollIntervalSeconds: { min: 1, max: 86400, default: 30 },
  pageSize: { min: 1, max: 1000, default: 100 },
} as const;

const CONNECTION_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
/**
 * Only variables set aside for EHR credentials: a connection naming any variable (DATABASE_URL) and
 * an address of its own would have the adapter send that variable's value there.
 */
export const EHR_CREDENTIAL_ENV_PREFIX = 'FHIR_SECRET_';
const ENV_NAME = /^FHIR_SECRET_[A-Z0-9_]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}

function checkWhole(field: string, value: number, { min, max }: { min: number; max: number }): Problem[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [{ field, message: `must be a whole number from ${min} to ${max}` }];
}

/**
 * Checks an integrator's connection and, when nothing is wrong, gives it as the adapter reads it.
 * Every wrong field is named; no secret is ever accepted, only where the adapter finds it.
 */
export function decideEhrConnectionSettings(input: EhrConnectionSettingsInput): {
  problems: Problem[];
  config?: EhrConnectionConfig;
} {
  const problems: Problem[] = [];
  if (!CONNECTION_ID.test(input.connectionId))
    problems.push({
      field: 'connectionId',
      message: 'must be 1-32 lower-case letters, digits or -, such as ryhov',
    });
  if (!isHttpUrl(input.baseUrl))
    problems.push({ field: 'baseUrl', message: 'must be the http(s) base URL of a FHIR R4 server' });
  const careLinks = input.careLinkIds.map((c) => c.trim());
  if (!careLinks.length)
    problems.push({ field: 'careLinkIds', message: 'name at least one care link this EHR speaks for' });
  else if (careLinks.some((c) => !c || c.length > 128))
    problems.push({ field: 'careLinkIds', message: 'each care link id must be 1 to 128 characters' });
  const locations: Record<string, string> = {};
  (input.locations ?? []).forEach(({ location, careLinkId }, i) => {
    if (!location.trim()) problems.push({ field: `locations[${i}].location`, message: 'must not be empty' });
    else if (!careLinks.includes(careLinkId.trim()))
      problems.push({
        field: `locations[${i}].careLinkId`,
        message: `${careLinkId} is not among this connection's care links`,
      });
    else locations[location.trim()] = careLinkId.trim();
  });
  const system = input.patientIdentifierSystem.trim();
  if (!system)
    problems.push({
      field: 'patientIdentifierSystem',
      message: 'name the identifier system of the network pseudonym',
    });
  const pollIntervalSeconds = input.pollIntervalSeconds ?? ehrConnectionLimits.pollIntervalSeconds.default;
  problems.push(
    ...checkWhole('pollIntervalSeconds', pollIntervalSeconds, ehrConnectionLimits.pollIntervalSeconds),
  );
  const pageSize = input.pageSize ?? ehrConnectionLimits.pageSize.default;
  problems.push(...checkWhole('pageSize', pageSize, ehrConnectionLimits.pageSize));

  const authType = (input.authType ?? 'none') as EhrAuthType;
  const credentialEnv = input.credentialEnv?.trim() ?? '';
  let auth: EhrConnectionConfig['auth'] = { type: 'none' };
  if (!ehrAuthTypes.includes(authType)) {
    problems.push({ field: 'authType', message: `must be one of ${ehrAuthTypes.join(', ')}` });
  } else if (authType !== 'none') {
    if (!ENV_NAME.test(credentialEnv))
      problems.push({
        field: 'credentialEnv',
        message:
          'name the environment variable on the adapter that holds the secret, FHIR_SECRET_ and capitals, such as FHIR_SECRET_RYHOV (never the secret itself)',
      });
    if (authType === 'bearer') auth = { type: 'bearer', tokenEnv: credentialEnv };
    else {
      const tokenUrl = input.tokenUrl?.trim() ?? '';
      const clientId = input.clientId?.trim() ?? '';
      if (!isHttpUrl(tokenUrl))
        problems.push({ field: 'tokenUrl', message: 'must be the http(s) URL of the token endpoint' });
      if (!clientId) problems.push({ field: 'clientId', message: 'must not be empty' });
      auth = { type: 'client-credentials', tokenUrl, clientId, clientSecretEnv: credentialEnv };
    }
  }
  if (problems.length) return { problems };
  return {
    problems,
    config: {
      id: input.connectionId,
      baseUrl: input.baseUrl.trim().replace(/\/+$/, ''),
      careLinks,
      locations,
      patientIdentifierSystem: system,
      auth,
      pollIntervalSeconds,
      pageSize,
    },
  };
}

/** A stored connection's standing, for a change that names the version it was made from. */
export interface StoredEhrConnection {
  version: number;
  enabled: boolean;
}

export type EhrConnectionChangeKind = 'change' | 'pause' | 'resume';

/**
 * Whether a change may be written over the stored connection: never over a version the integrator
 * did not see (another integrator saved meanwhile), and never to a connection that is not there.
 */
export function decideEhrConnectionChange(
  stored: StoredEhrConnection | null,
  expectedVersion: number,
  kind: EhrConnectionChangeKind,
): { outcome: 'write'; enabled: boolean } | { outcome: 'not-found' | 'conflict'; message: string } {
  if (!stored) return { outcome: 'not-found', message: 'no such EHR connection has been added' };
  if (stored.version !== expectedVersion)
    return {
      outcome: 'conflict',
      message: `the connection is at version ${stored.version}, not ${expectedVersion}: someone changed it since; reload and decide again`,
    };
  return { outcome: 'write', enabled: kind === 'change' ? stored.enabled : kind === 'resume' };
}
