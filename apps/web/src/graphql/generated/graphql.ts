/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CarePlanActionInput = {
  description: string;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  responsibleCareLinkId: string;
};

export type CarePlanContactInput = {
  /** day, night or day-and-night */
  available: string;
  careLinkId?: string | null | undefined;
  description: string;
  phone: string;
};

export type ChangeMedicineListInput = {
  changes: Array<MedicationChangeInput>;
  /** The version (changeCount) of the list the changes were made against. */
  listVersion: number;
  patientId: string | number;
  /** Any unique string per intended change; a retry under it records the change once. */
  requestId?: string | null | undefined;
};

/** How unnecessary days are counted, as agreed between region and municipalities. */
export type CountingRule =
  /** Every midnight in hospital while medically ready, in every ready period (default). */
  | 'EVERY_READY_MIDNIGHT'
  /** Only the final ready period of a stay, as the discharge-ready-date metric does. */
  | 'FINAL_READY_PERIOD'
  /** Days after the grace period following the ready notice, when the required notices were sent. */
  | 'MUNICIPAL_LIABILITY';

/** Why a medically ready patient is still in hospital, from a given time on. */
export type DischargeDelayCauseInput = {
  /** home-care-capacity, primary-care-capacity, nursing-home-place, awaiting-assessment, patient-or-family-choice or other */
  cause: string;
  /** From when the cause applies; now when left out. */
  from?: string | null | undefined;
  note?: string | null | undefined;
  patientId: string | number;
  /** Any unique string per intended change; sending the same again (a retry) records it once. */
  requestId?: string | null | undefined;
  stayId: string | number;
};

export type FollowUpAppointmentInput = {
  at: string;
  careLinkId: string;
  description: string;
};

export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** Where the patient is in the care chain. */
export type JourneyStatus =
  | 'DISCHARGED'
  | 'IN_HOSPITAL'
  | 'NOT_ADMITTED';

/** The patient no longer needs hospital care (utskrivningsklar), from a given time on. */
export type MarkMedicallyReadyInput = {
  /** The care link the patient is expected to go to. */
  expectedDestinationCareLinkId?: string | null | undefined;
  patientId: string | number;
  /** From when the patient is ready; now when left out. */
  readyAt?: string | null | undefined;
  /** Any unique string per intended change; sending the same again (a retry) records it once. */
  requestId?: string | null | undefined;
  stayId: string | number;
};

/** One change: a medicine started (added), stopped, or its dose, route or frequency changed. */
export type MedicationChangeInput = {
  /** added, stopped or dose-changed */
  action: string;
  dose?: string | null | undefined;
  frequency?: string | null | undefined;
  medication: MedicationInput;
  /** Why; a change without a reason is flagged at reconciliation. */
  reason?: string | null | undefined;
  route?: string | null | undefined;
};

export type MedicationCodingInput = {
  code: string;
  display?: string | null | undefined;
  system: string;
};

/** A medication as written, with the codes that identify it. */
export type MedicationInput = {
  coding?: Array<MedicationCodingInput> | null | undefined;
  text: string;
};

/** A new version of the care plan, made against the version the author saw. */
export type SaveCarePlanInput = {
  actions: Array<CarePlanActionInput>;
  /** The version edited; 0 for the first plan. A newer version saved meanwhile is a CONFLICT. */
  baseVersion: number;
  contacts: Array<CarePlanContactInput>;
  followUps?: Array<FollowUpAppointmentInput> | null | undefined;
  goals: Array<string>;
  patientId: string | number;
  recommendations?: Array<string> | null | undefined;
  /** Any unique string per intended save; a retry under it saves once. */
  requestId?: string | null | undefined;
};

/** Which unnecessary days to count. */
export type UnnecessaryDaysFilter = {
  /** Only days with these causes. */
  causes?: Array<string> | null | undefined;
  /** First day, YYYY-MM-DD, in the organisation’s time zone. */
  from: string;
  /** Only days spent on wards of these hospitals (care-link directory). */
  hospitals?: Array<string> | null | undefined;
  /** Only stays going to these municipal or primary care links. */
  receivingCareLinkIds?: Array<string> | null | undefined;
  /** Only stays going to care links of these municipalities or other organisations. */
  receivingOrganisationIds?: Array<string> | null | undefined;
  rule?: CountingRule;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
  /** Only days spent on these wards. */
  wardCareLinkIds?: Array<string> | null | undefined;
};

export type Variation =
  | 'CONCERN'
  | 'IMPROVEMENT'
  | 'NEITHER';

/** The patient deteriorated: the medically-ready declaration no longer holds. */
export type WithdrawMedicallyReadyInput = {
  patientId: string | number;
  /** Why readiness is withdrawn. */
  reason: string;
  /** Any unique string per intended change; sending the same again (a retry) records it once. */
  requestId?: string | null | undefined;
  stayId: string | number;
};

export type DirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryQuery = { careLinks: Array<{ careLinkId: string, name: string, kind: string, organisationId: string, hospital: string | null }>, organisations: Array<{ organisationId: string, name: string }> };

export type PackageSummaryFragment = { packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean };

export type HandoverInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverInboxQuery = { handoverInbox: Array<{ packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean }> };

export type SentHandoversQueryVariables = Exact<{ [key: string]: never; }>;


export type SentHandoversQuery = { sentHandovers: Array<{ packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean }> };

export type HandoverDeliveredSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type HandoverDeliveredSubscription = { handoverDelivered: { packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type HandoverPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoverPackageQuery = { handoverPackage: { missing: Array<string>, data: unknown, packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type AcknowledgeHandoverMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeHandoverMutation = { acknowledgeHandover: { missing: Array<string>, data: unknown, packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type EhrConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EhrConnectionsQuery = { ehrConnections: Array<{ connectionId: string, baseUrl: string, state: string, lastSyncedAt: string | null, lagSeconds: number | null, resourcesRead: number, eventsAppended: number, unmappable: number, failedSyncs: number, lastError: string | null }> };

export type HandoversDueQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoversDueQuery = { handoverInbox: Array<{ packageId: string, patientId: string, dueAt: string, timeliness: string }> };

export type CoordinationOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinationOverviewQuery = { patientsWaiting: Array<{ patientId: string, stayId: string, wardCareLinkId: string, receivingCareLinkId: string | null, readySince: string, daysSoFar: number, cause: string }>, handoverInbox: Array<{ packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, trigger: string, dueAt: string, acknowledgedAt: string | null, timeliness: string }>, sentHandovers: Array<{ packageId: string, patientId: string, sendingCareLinkId: string, receivingCareLinkId: string, trigger: string, dueAt: string, acknowledgedAt: string | null, timeliness: string }> };

export type SaveCarePlanMutationVariables = Exact<{
  input: SaveCarePlanInput;
}>;


export type SaveCarePlanMutation = { saveCarePlan: { version: number } };

export type CurrentCarePlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentCarePlanQuery = { currentCarePlan: { version: number, goals: Array<string>, recommendations: Array<string>, savedAt: string, savedByCareLinkId: string, actions: Array<{ description: string, responsibleCareLinkId: string, dueDate: string | null }>, contacts: Array<{ description: string, phone: string, available: string }>, followUps: Array<{ description: string, careLinkId: string, at: string }> } | null };

export type DelayCausesQueryVariables = Exact<{
  patientId: string | number;
  stayId: string | number;
}>;


export type DelayCausesQuery = { dischargeDelayCauses: Array<{ eventId: string, cause: string, from: string, note: string | null, recordedByCareLinkId: string }> };

export type RecordDelayCauseMutationVariables = Exact<{
  input: DischargeDelayCauseInput;
}>;


export type RecordDelayCauseMutation = { recordDischargeDelayCause: { eventId: string } };

export type ChangeMedicineListMutationVariables = Exact<{
  input: ChangeMedicineListInput;
}>;


export type ChangeMedicineListMutation = { changeMedicineList: { listVersion: number } };

export type PatientRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientRecordQuery = { patientJourney: { patientId: string, status: JourneyStatus, careLinkIds: Array<string>, stay: { stayId: string, wardCareLinkId: string | null, admittedAt: string | null, medicallyReadySince: string | null, dischargedAt: string | null } | null, timeline: Array<{ eventId: string, type: string, occurredAt: string, careLinkId: string }> } | null, medicineList: { changeCount: number, changedAt: string, medications: Array<{ text: string, dose: string | null, route: string | null, frequency: string | null, since: string, lastChangedAt: string, lastChangedByCareLinkId: string, coding: Array<{ system: string, code: string }> }> } | null };

export type MarkMedicallyReadyMutationVariables = Exact<{
  input: MarkMedicallyReadyInput;
}>;


export type MarkMedicallyReadyMutation = { markMedicallyReady: { eventId: string, readyAt: string | null } };

export type WithdrawMedicallyReadyMutationVariables = Exact<{
  input: WithdrawMedicallyReadyInput;
}>;


export type WithdrawMedicallyReadyMutation = { withdrawMedicallyReady: { eventId: string } };

export type MedicineReconciliationQueryVariables = Exact<{
  id: string | number;
}>;


export type MedicineReconciliationQuery = { medicineReconciliation: { from: string, to: string, added: Array<{ text: string, dose: string | null, frequency: string | null }>, stopped: Array<{ text: string, dose: string | null }>, doseChanged: Array<{ text: string, from: string | null, to: string | null, fromFrequency: string | null, toFrequency: string | null }>, unchanged: Array<{ text: string, dose: string | null }>, withoutReason: Array<{ text: string, action: string, occurredAt: string, careLinkId: string }> } };

export type SignInCareLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCareLinksQuery = { careLinks: Array<{ careLinkId: string, name: string, hospital: string | null }> };

export type DashboardQueryVariables = Exact<{
  filter: UnnecessaryDaysFilter;
  granularity: Granularity;
}>;


export type DashboardQuery = { unnecessaryDays: { total: number, byCause: Array<{ key: string, value: number }>, byWard: Array<{ key: string, value: number }>, byHospital: Array<{ key: string, value: number }>, byReceivingOrganisation: Array<{ key: string, value: number }> }, unnecessaryDaysXmrChart: { segments: Array<{ firstPeriod: string, mean: number, upperLimit: number | null, lowerLimit: number | null }>, points: Array<{ period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation }> } };

export type PatientsWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type PatientsWaitingQuery = { patientsWaiting: Array<{ patientId: string, stayId: string, wardCareLinkId: string, receivingCareLinkId: string | null, readySince: string, daysSoFar: number, cause: string }> };

export const PackageSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<PackageSummaryFragment, unknown>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const HandoverInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverInboxQuery, HandoverInboxQueryVariables>;
export const SentHandoversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<SentHandoversQuery, SentHandoversQueryVariables>;
export const HandoverDeliveredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HandoverDelivered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverDelivered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverDeliveredSubscription, HandoverDeliveredSubscriptionVariables>;
export const HandoverPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverPackageQuery, HandoverPackageQueryVariables>;
export const AcknowledgeHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<AcknowledgeHandoverMutation, AcknowledgeHandoverMutationVariables>;
export const EhrConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EhrConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ehrConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesRead"}},{"kind":"Field","name":{"kind":"Name","value":"eventsAppended"}},{"kind":"Field","name":{"kind":"Name","value":"unmappable"}},{"kind":"Field","name":{"kind":"Name","value":"failedSyncs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<EhrConnectionsQuery, EhrConnectionsQueryVariables>;
export const HandoversDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoversDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unacknowledgedOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]}}]} as unknown as DocumentNode<HandoversDueQuery, HandoversDueQueryVariables>;
export const CoordinationOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"readySince"}},{"kind":"Field","name":{"kind":"Name","value":"daysSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoverInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]}}]} as unknown as DocumentNode<CoordinationOverviewQuery, CoordinationOverviewQueryVariables>;
export const SaveCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveCarePlanMutation, SaveCarePlanMutationVariables>;
export const CurrentCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentCarePlanQuery, CurrentCarePlanQueryVariables>;
export const DelayCausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelayCauses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stayId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeDelayCauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stayId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByCareLinkId"}}]}}]}}]} as unknown as DocumentNode<DelayCausesQuery, DelayCausesQueryVariables>;
export const RecordDelayCauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDelayCause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeDelayCauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDischargeDelayCause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<RecordDelayCauseMutation, RecordDelayCauseMutationVariables>;
export const ChangeMedicineListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMedicineList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMedicineListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMedicineList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listVersion"}}]}}]}}]} as unknown as DocumentNode<ChangeMedicineListMutation, ChangeMedicineListMutationVariables>;
export const PatientRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientJourney"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"stay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"medicallyReadySince"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicineList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedByCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"coding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientRecordQuery, PatientRecordQueryVariables>;
export const MarkMedicallyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMedicallyReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkMedicallyReadyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMedicallyReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}}]}}]}}]} as unknown as DocumentNode<MarkMedicallyReadyMutation, MarkMedicallyReadyMutationVariables>;
export const WithdrawMedicallyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMedicallyReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawMedicallyReadyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMedicallyReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<WithdrawMedicallyReadyMutation, WithdrawMedicallyReadyMutationVariables>;
export const MedicineReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicineReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicineReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stopped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doseChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"fromFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"toFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}}]}}]}}]}}]} as unknown as DocumentNode<MedicineReconciliationQuery, MedicineReconciliationQueryVariables>;
export const SignInCareLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInCareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}}]}}]}}]} as unknown as DocumentNode<SignInCareLinksQuery, SignInCareLinksQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnnecessaryDaysFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byWard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byReceivingOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDaysXmrChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const PatientsWaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"readySince"}},{"kind":"Field","name":{"kind":"Name","value":"daysSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}}]}}]} as unknown as DocumentNode<PatientsWaitingQuery, PatientsWaitingQueryVariables>;