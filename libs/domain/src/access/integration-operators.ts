import type { Role } from './roles';

const operateIntegrations: ReadonlySet<Role> = new Set(['integrator', 'coordinator']);

/**
 * Who may see how the EHR connections fare and start a sync: the integrators who run them and the
 * network's coordinators. Their status names resources that failed to map, which is no one else's.
 */
export function mayOperateIntegrations(held: readonly Role[]): boolean {
  return held.some((role) => operateIntegrations.has(role));
}
