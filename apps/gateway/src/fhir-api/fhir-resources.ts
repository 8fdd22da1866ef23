import { randomUUID } from 'node:crypto';
import { carePlanResourceOf, medicineListResourceOf, type SharedCarePlan } from '@carechain/fhir';
import type { CarePlan } from '../care-plans/care-plan.model';
import type { MedicineList } from '../medicine-lists/medicine-list.model';

/** What a FHIR logical id may hold (R4 `id` datatype). */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export const MEDICATIONS_LIST_CODE = {
  system: 'http://terminology.hl7.org/CodeSystem/list-example-use-codes',
  code: 'medications',
  display: 'Medication List',
};
const LOINC_MEDICATION_HISTORY = '10160-0';

/** The codes `List?code=` accepts: bare, or with either of the systems the list is coded in. */
export const medicationListCodes = new Set([
  MEDICATIONS_LIST_CODE.code,
  `${MEDICATIONS_LIST_CODE.system}|${MEDICATIONS_LIST_CODE.code}`,
  LOINC_MEDICATION_HISTORY,
  `http://loinc.org|${LOINC_MEDICATION_HISTORY}`,
]);

const patientReference = (patientId: string) => `Patient/${patientId}`;

/** The version a resource is served at, as meta and as the ETag of its read. */
export const versionOf = (resource: { meta: { versionId: string } }) => `W/"${resource.meta.versionId}"`;

/**
 * The shared care plan (SIP), current version, as the CarePlan Carechain writes to EHRs, served
 * under the plan's id at the plan's version.
 */
export function carePlanResource(patientId: string, plan: CarePlan) {
  const shared: SharedCarePlan = {
    carePlanId: plan.carePlanId,
    version: plan.version,
    goals: plan.goals,
    actions: plan.actions.map(({ dueDate, ...action }) => ({ ...action, ...(dueDate ? { dueDate } : {}) })),
    contacts: plan.contacts.map(({ careLinkId, ...contact }) => ({
      ...contact,
      available: contact.available as 'day' | 'night' | 'day-and-night',
      ...(careLinkId ? { careLinkId } : {}),
    })),
    followUps: plan.followUps.map((f) => ({ ...f, at: f.at.toISOString() })),
    recommendations: plan.recommendations,
  };
  return {
    ...carePlanResourceOf(shared, patientReference(patientId)),
    id: plan.carePlanId,
    meta: { versionId: String(plan.version), lastUpdated: plan.savedAt.toISOString() },
    author: { display: plan.savedByCareLinkId },
  };
}

/**
 * The medicine list as a current snapshot List, one contained MedicationStatement per medicine:
 * the statements have no identity of their own in Carechain, so they travel inside the list.
 * The list's id is the patient's (one list per patient), its version the number of changes folded.
 */
export function medicineListResource(list: MedicineList) {
  const subject = { reference: patientReference(list.patientId) };
  const { entry: written, ...shared } = medicineListResourceOf(
    {
      patientId: list.patientId,
      medications: list.medications.map((m) => ({ ...m, medication: { text: m.text } })),
      changeCount: list.changeCount,
      changedAt: list.changedAt,
    },
    subject.reference,
  );
  const statements = list.medications.map((m, i) => {
    const dosage = [m.dose, m.frequency].filter(Boolean).join(', ');
    return {
      resourceType: 'MedicationStatement' as const,
      id: `medication-${i + 1}`,
      status: 'active' as const,
      medicationCodeableConcept: {
        text: m.text,
        ...(m.coding.length
          ? { coding: m.coding.map(({ display, ...c }) => ({ ...c, ...(display ? { display } : {}) })) }
          : {}),
      },
      subject,
      effectivePeriod: { start: m.since.toISOString() },
      dateAsserted: m.lastChangedAt.toISOString(),
      informationSource: { display: m.lastChangedByCareLinkId },
      ...(dosage || m.route
        ? {
            dosage: [
              { ...(dosage ? { text: dosage } : {}), ...(m.route ? { route: { text: m.route } } : {}) },
            ],
          }
        : {}),
    };
  });
  return {
    ...shared,
    id: list.patientId,
    meta: { versionId: String(list.changeCount), lastUpdated: list.changedAt.toISOString() },
    code: { coding: [MEDICATIONS_LIST_CODE, ...shared.code.coding] },
    // FHIR JSON has no empty arrays: an empty list says so in emptyReason instead.
    ...(statements.length
      ? {
          contained: statements,
          // A snapshot's entries carry no date (lst-3): each statement's dateAsserted says when.
          entry: list.medications.map((_, i) => ({
            item: { reference: `#${statements[i].id}`, display: written[i].item.display },
          })),
        }
      : {}),
  };
}

/** A Patient known by the pseudonymous id alone: never a name or personal identity number. */
export function patientResource(patientId: string) {
  return { resourceType: 'Patient' as const, id: patientId, active: true };
}

/** A searchset of the resources found, with their total and the search that found them. */
export function searchset(base: string, self: string, resources: { resourceType: string; id: string }[]) {
  return {
    resourceType: 'Bundle' as const,
    id: randomUUID(),
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset' as const,
    total: resources.length,
    link: [{ relation: 'self', url: self }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' as const },
    })),
  };
}

export type IssueCode =
  | 'login'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'not-supported'
  | 'throttled'
  | 'exception';

/** One problem, as FHIR clients expect it: `expression` names the search parameter at fault. */
export function operationOutcome(code: IssueCode, diagnostics: string, expression?: string) {
  return {
    resourceType: 'OperationOutcome' as const,
    issue: [
      {
        severity: 'error' as const,
        code,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}

const searchParam = (name: string, type: 'reference' | 'token', documentation: string) => ({
  name,
  type,
  documentation,
});
const byPatient = [
  searchParam('subject', 'reference', 'The patient, as Patient/<pseudonymous id>; required (or patient)'),
  searchParam('patient', 'reference', 'The patient, as Patient/<pseudonymous id> or the id alone'),
];
const read = { code: 'read' as const };
const searchType = { code: 'search-type' as const };

/** What this server does: reads and searches by patient, JSON only, behind the gateway's sign-in. */
export function capabilityStatement(base: string) {
  return {
    resourceType: 'CapabilityStatement' as const,
    status: 'active' as const,
    date: '2026-12-06',
    publisher: 'Carechain',
    kind: 'instance' as const,
    implementation: {
      description: "Carechain's read-only FHIR R4 API: each care link reads the patients it cares for",
      url: base,
    },
    fhirVersion: '4.0.1' as const,
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server' as const,
        security: {
          description:
            'The same sign-in as the GraphQL API (OIDC bearer token naming the care link and roles); every read is decided by the care relationship and audited',
        },
        resource: [
          {
            type: 'CarePlan' as const,
            profile: 'http://hl7.org/fhir/StructureDefinition/CarePlan',
            interaction: [read, { code: 'vread' as const }, searchType],
            versioning: 'versioned' as const,
            searchParam: byPatient,
          },
          {
            type: 'List' as const,
            profile: 'http://hl7.org/fhir/StructureDefinition/List',
            interaction: [read, searchType],
            versioning: 'versioned' as const,
            searchParam: [
              ...byPatient,
              searchParam('code', 'token', 'medications (the only list served); LOINC 10160-0 also matches'),
            ],
          },
          {
            type: 'Patient' as const,
            profile: 'http://hl7.org/fhir/StructureDefinition/Patient',
            interaction: [read],
          },
        ],
      },
    ],
  };
}
