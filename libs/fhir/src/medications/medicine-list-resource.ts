import { WRITTEN_VERSION_EXTENSION } from '../mapping/written-version';

/** Identifier system of medicine lists Carechain writes to EHRs; the value is the patient id. */
export const MEDICINE_LIST_IDENTIFIER_SYSTEM = 'https://carechain.se/fhir/sid/medicine-list';

export interface SharedMedicineList {
  patientId: string;
  medications: {
    medication: { text: string; coding?: { system: string; code: string; display?: string }[] };
    dose: string | null;
    route: string | null;
    frequency: string | null;
  }[];
  changeCount: number;
  changedAt: Date | null;
}

/**
 * The shared medicine list as a FHIR R4 List (LOINC 10160-0, snapshot) for reconciliation in an
 * EHR: one entry per medicine the patient takes now, named with its dose.
 */
export function medicineListResourceOf(list: SharedMedicineList, patientReference: string) {
  return {
    resourceType: 'List' as const,
    identifier: [{ system: MEDICINE_LIST_IDENTIFIER_SYSTEM, value: list.patientId }],
    extension: [{ url: WRITTEN_VERSION_EXTENSION, valueInteger: list.changeCount }],
    status: 'current' as const,
    mode: 'snapshot' as const,
    title: 'Shared medicine list (Carechain)',
    code: {
      coding: [
        { system: 'http://loinc.org', code: '10160-0', display: 'History of Medication use Narrative' },
      ],
    },
    subject: { reference: patientReference },
    ...(list.changedAt ? { date: list.changedAt.toISOString() } : {}),
    ...(list.medications.length
      ? {}
      : {
          emptyReason: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'nilknown' }],
          },
        }),
    entry: list.medications.map((m) => ({
      item: { display: [m.medication.text, m.dose, m.frequency].filter(Boolean).join(', ') },
    })),
  };
}
