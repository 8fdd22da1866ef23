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

/** Who the patient is, as the identity register keeps it: never part of a care event. */
export interface PersonNamed {
  familyName: string;
  givenNames: string;
  personalIdentityNumber: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * `Patient.name` (the official one, else the usual, else the first) and the identifier in a
 * personal identity number system; null when the patient has no name. Values are not checked here:
 * the register checks them and names the field it refuses, never the value.
 */
export function personNamedIn(input: unknown): PersonNamed | null {
  try {
    const patient = resourceOf(input, 'Patient');
    const names = arrayAt(patient, 'name');
    const name = names.find((n) => n.use === 'official') ?? names.find((n) => n.use === 'usual') ?? names[0];
    const given = Array.isArray(name?.given) ? name.given.map(text).filter(Boolean).join(' ') : '';
    const familyName = text(name?.family);
    if (!familyName && !given) return null;
    const number = arrayAt(patient, 'identifier').find(
      (i) => typeof i.system === 'string' && personalIdentitySystems.includes(i.system),
    );
    return { familyName, givenNames: given, personalIdentityNumber: text(number?.value) || null };
  } catch (error) {
    if (error instanceof UnmappableResource) return null;
    throw error;
  }
}
