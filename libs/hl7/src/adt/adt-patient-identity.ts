import type { Hl7Message } from '@medplum/core';
import { repetitionsOf, valueAt } from '../message/hl7-values';
import { pseudonymOf, sourceSystemOf } from './adt-care-event';
import { isPersonalIdentityType, mappingOfSender, type AdtMappings } from './adt-mapping';

/** Who the patient of an ADT message is, for the identity register and nothing else. */
export interface AdtPatientIdentity {
  patientId: string;
  familyName: string;
  givenNames: string;
  personalIdentityNumber: string | null;
  /** The sending application and facility, as the register records who told it. */
  sourceSystem: string;
}

/**
 * PID-5 (the legal name, else the first) and the PID-3 identifier whose type names a personal
 * identity number, of the patient with the pseudonymous id of the mapping. Null when the message
 * names no such patient or no name: the message is then taken or refused on its other fields alone.
 */
export function patientIdentityOfAdt(message: Hl7Message, mappings: AdtMappings): AdtPatientIdentity | null {
  const msh = message.getSegment('MSH');
  const [application, facility] = [valueAt(msh, 3), valueAt(msh, 4)];
  const mapping = mappingOfSender(mappings, application, facility);
  const pid = message.getSegment('PID');
  const patientId = pid && mapping && pseudonymOf(pid, 3, mapping);
  if (!pid || !patientId) return null;
  const names = Array.from({ length: repetitionsOf(pid, 5) }, (_, repetition) => repetition);
  const legal = names.find((repetition) => valueAt(pid, 5, { component: 7, repetition }) === 'L') ?? 0;
  const part = (component: number) => valueAt(pid, 5, { component, repetition: legal });
  const familyName = part(1);
  const givenNames = [part(2), part(3)].filter(Boolean).join(' ');
  if (!familyName && !givenNames) return null;
  const identifiers = Array.from({ length: repetitionsOf(pid, 3) }, (_, repetition) => repetition);
  const personal = identifiers.find((repetition) =>
    isPersonalIdentityType(valueAt(pid, 3, { component: 5, repetition })),
  );
  return {
    patientId,
    familyName,
    givenNames,
    personalIdentityNumber: personal === undefined ? null : valueAt(pid, 3, { repetition: personal }) || null,
    sourceSystem: sourceSystemOf(application, facility),
  };
}
