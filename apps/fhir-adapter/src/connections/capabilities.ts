import type { Connection } from './connection-config';

interface RestResource {
  type?: string;
  interaction?: { code?: string }[];
  searchParam?: { name?: string }[];
  conditionalCreate?: boolean;
}

export interface CapabilityStatement {
  fhirVersion?: string;
  rest?: { mode?: string; resource?: RestResource[]; searchParam?: { name?: string }[] }[];
}

/** Whether the server takes Subscriptions (rest-hook notifications of changes). */
export function offersSubscriptions(statement: CapabilityStatement): boolean {
  const subscription = statement.rest
    ?.find((r) => r.mode === 'server')
    ?.resource?.find((r) => r.type === 'Subscription');
  return !!subscription?.interaction?.some((i) => i.code === 'create');
}

/** What the server lacks for what this connection is configured to do, in plain words. */
export function capabilityProblems(
  statement: CapabilityStatement,
  connection: Pick<Connection, 'resourceTypes' | 'writeBack'> & Partial<Pick<Connection, 'subscription'>>,
): string[] {
  const problems: string[] = [];
  if (!statement.fhirVersion?.startsWith('4.0'))
    problems.push(
      `the server speaks FHIR ${statement.fhirVersion ?? '(version not stated)'}, not R4 (4.0.x)`,
    );
  const rest = statement.rest?.find((r) => r.mode === 'server');
  const common = new Set((rest?.searchParam ?? []).map((p) => p.name));
  const resources = new Map((rest?.resource ?? []).map((r) => [r.type, r]));
  const can = (resource: RestResource, code: string) =>
    (resource.interaction ?? []).some((i) => i.code === code);
  for (const type of connection.resourceTypes) {
    const resource = resources.get(type);
    if (!resource) {
      problems.push(`${type} is not offered: it cannot be synced`);
      continue;
    }
    if (!can(resource, 'search-type')) problems.push(`${type} cannot be searched: it cannot be synced`);
    const params = new Set([...common, ...(resource.searchParam ?? []).map((p) => p.name)]);
    if (!params.has('_lastUpdated'))
      problems.push(
        `${type} search does not list _lastUpdated: incremental sync may fetch everything each time`,
      );
  }
  const patient = resources.get('Patient');
  if (!patient || !can(patient, 'read'))
    problems.push('Patient cannot be read: patient identities cannot be resolved');
  if (connection.subscription && !offersSubscriptions(statement))
    problems.push('Subscription is not offered: changes arrive by polling only');
  const written = [
    connection.writeBack.carePlans && 'CarePlan',
    connection.writeBack.medicineLists && 'List',
    connection.writeBack.acknowledgements && 'Communication',
  ].filter((t): t is string => !!t);
  for (const type of written) {
    const resource = resources.get(type);
    if (!resource || !can(resource, 'create') || !can(resource, 'update'))
      problems.push(`${type} cannot be created and updated: it cannot be written back`);
    else if (!resource.conditionalCreate)
      problems.push(`${type} conditional create is not offered: a retried write-back could duplicate`);
  }
  return problems;
}
