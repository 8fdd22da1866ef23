import type { Role } from './roles';

/**
 * The kinds of work a caller changes things in, and the roles that hold each. Reading is governed
 * elsewhere (care relationships for patient data); these decide who may change the network's
 * shared records. One role of the list suffices.
 */
export const rolesFor = {
  /** The organisations and care links of the network: everyone's routing depends on them. */
  directory: ['coordinator'],
  /** Ideas, projects, PDSA cycles, measures, network meetings, and taking reports up into them. */
  improvementWork: ['coach', 'coordinator'],
  /** Recording complaints, feeding back to the complainant and closing: the complaints line. */
  complaintsLine: ['complaints-handler'],
  /** What happens on a unit: reporting breakdowns, answering complaints, recording Quality Time. */
  unitStaff: ['care-staff', 'hospital-staff', 'municipal-staff', 'primary-care-staff'],
  /** The EHR connections: their status names resources that failed to map, and a sync can be started. */
  integrations: ['integrator', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

export type WorkKind = keyof typeof rolesFor;

export function mayDo(work: WorkKind, held: readonly Role[]): boolean {
  const allowed: readonly Role[] = rolesFor[work];
  return held.some((role) => allowed.includes(role));
}

export const mayMaintainDirectory = (held: readonly Role[]) => mayDo('directory', held);
export const mayRunImprovementWork = (held: readonly Role[]) => mayDo('improvementWork', held);
export const mayHandleComplaints = (held: readonly Role[]) => mayDo('complaintsLine', held);
export const mayActAsUnitStaff = (held: readonly Role[]) => mayDo('unitStaff', held);
export const mayOperateIntegrations = (held: readonly Role[]) => mayDo('integrations', held);
