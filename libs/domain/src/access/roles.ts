/**
 * Roles a person or system acts in. Staff roles read a patient's data while their care link has a
 * care relationship with the patient; coaches work from aggregates without identities.
 */
export const roles = [
  'care-staff',
  'hospital-staff',
  'municipal-staff',
  'primary-care-staff',
  'coach',
  'coordinator',
  'integrator',
  'complaints-handler',
] as const;
export type Role = (typeof roles)[number];

/** Roles that see patients' identities and records, given a care relationship. */
export const patientDataRoles: readonly Role[] = [
  'care-staff',
  'hospital-staff',
  'municipal-staff',
  'primary-care-staff',
  'coordinator',
];

/** Roles that care for patients: only they see whom they care for by name and personal identity number. */
export const careStaffRoles: readonly Role[] = patientDataRoles.filter((role) => role !== 'coordinator');

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Whether any of the roles may see a patient's identity and record (given a care relationship). */
export function mayReadPatientData(held: readonly Role[]): boolean {
  return held.some((role) => patientDataRoles.includes(role));
}

/**
 * A care link keeps its relationship with a patient while the stay lasts and for `windowDays`
 * after the discharge (follow-up calls, late questions), then loses it.
 */
export function relationshipHolds(dischargedAt: Date | null, now: Date, windowDays: number): boolean {
  return dischargedAt === null || now.getTime() - dischargedAt.getTime() <= windowDays * 86_400_000;
}
