import { patientIdSchema } from '@carechain/contracts';
import { arrayAt, resourceOf } from '../mapping/fhir-values';
import { unmappable, type MappingIssue, UnmappableResource } from '../mapping/mapping-result';

/** Swedish personal identity and coordination numbers: never a patient id in Carechain. */
export const personalIdentitySystems = [
  'urn:oid:1.2.752.129.2.1.3.1',
  'urn:oid:1.2.752.129.2.1.3.3',
  'http://electronichealth.se/identifier/personnummer',
];

export type PatientIdentity = { ok: true; patientId: string } | { ok: false; issues: MappingIssue[] };

/**
 * The pseudonymous id the network knows the patient by: the Patient's identifier in the agreed
 * system. A personal identity number is refused even when it is filed under that system.
 */
export function patientIdentityOf(input: unknown, pseudonymSystem: string): PatientIdentity {
  try {
    const patient = resourceOf(input, 'Patient');
    if (personalIdentitySystems.includes(pseudonymSystem)) {
      unmappable(
        'not-supported',
        'Patient.identifier',
        `${pseudonymSystem} is a personal identity number system, not a pseudonym`,
      );
    }
    const identifier = arrayAt(patient, 'identifier').find((i) => i.system === pseudonymSystem);
    if (!identifier)
      unmappable(
        'required',
        'Patient.identifier',
        `the patient has no identifier in the pseudonym system ${pseudonymSystem}`,
      );
    const checked = patientIdSchema.safeParse(identifier.value);
    if (!checked.success)
      unmappable(
        'value',
        'Patient.identifier.value',
        `the pseudonymous id is not usable: ${checked.error.issues[0].message}`,
      );
    return { ok: true, patientId: checked.data };
  } catch (error) {
    if (error instanceof UnmappableResource) return { ok: false, issues: [error.issue] };
    throw error;
  }
}
