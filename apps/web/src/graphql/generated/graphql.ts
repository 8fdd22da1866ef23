/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a read or change was allowed or refused, for the reader to tell in their own language. */
export type AccessBasis =
  | 'CARECHAIN_PROCESS'
  | 'HANDOVER_ADDRESSED'
  | 'IN_JOURNEY'
  | 'NO_RELATIONSHIP'
  | 'ROLE'
  | 'ROLE_LACKS_PERMISSION'
  | 'UNKNOWN_PERMISSION';

export type AgendaItemInput = {
  detail?: string | null | undefined;
  /** The complaint, breakdown report or project; none for OTHER. */
  sourceId?: string | number | null | undefined;
  sourceKind: AgendaSourceKind;
  title: string;
};

/** The minute of one agenda item. */
export type AgendaMinuteInput = {
  /** What the meeting decided. */
  decision: string;
  itemId: string | number;
  /** The care link that owns the decision. */
  ownerCareLinkId?: string | null | undefined;
};

/** What an agenda item is about: an open complaint, breakdown report or project, or other business. */
export type AgendaSourceKind =
  | 'BREAKDOWN_REPORT'
  | 'COMPLAINT'
  | 'OTHER'
  | 'PROJECT';

export type AimInput = {
  /** YYYY-MM-DD: the date the target is to be reached by. */
  by: string;
  /** Key of the outcome measure the aim is about. */
  measureKey: string;
  /** Periods in a row at or beyond the target that count as reaching it. */
  sustainedPoints?: number;
  target: number;
};

export type CareLinkInput = {
  careLinkId: string | number;
  /** Required for hospital wards and emergency departments. */
  hospital?: string | null | undefined;
  /** The unit's HSA id; EHRs name a patient's listed primary care unit by it. */
  hsaId?: string | null | undefined;
  /** hospital-ward, emergency-department, primary-care-unit, home-care, nursing-home or other */
  kind: string;
  name: string;
  /** The municipality (four-digit kommunkod) whose discharge-planning notices this link receives, e.g. 0680. */
  noticesForMunicipalityCode?: string | null | undefined;
  organisationId: string | number;
};

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

export type ComplaintFeedbackInput = {
  /** The complainant's response to the feedback. */
  complainantResponse?: string | null | undefined;
  /** What the complainant was told came of the complaint. */
  feedback: string;
  /** YYYY-MM-DD */
  givenOn: string;
};

/** A complaint as the complaints line writes it down. */
export type ComplaintInput = {
  /** patient, relative or other */
  complainantKind: string;
  /** The care links the complaint concerns; each answers it. */
  involvedCareLinkIds: Array<string>;
  /** Pseudonymous id, only when the complaint concerns a patient. */
  patientId?: string | null | undefined;
  /** YYYY-MM-DD */
  receivedOn: string;
  summary: string;
};

/** Where cooperation between care links broke down. No patient: this is not an incident report. */
export type CooperationBreakdownInput = {
  /** The care links between which it broke down, at least two. */
  careLinkIds: Array<string>;
  /** The consequence, if any. */
  consequence?: string | null | undefined;
  /** YYYY-MM-DD */
  occurredOn: string;
  whatHappened: string;
};

/** How unnecessary days are counted, as agreed between region and municipalities. */
export type CountingRule =
  /** Every midnight in hospital while medically ready, in every ready period (default). */
  | 'EVERY_READY_MIDNIGHT'
  /** Only the final ready period of a stay, as the discharge-ready-date metric does. */
  | 'FINAL_READY_PERIOD'
  /** Days the municipality pays for under the region’s planning rules: after the grace period following a ready notice sent on time, when the admission notice was on time too. */
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

/** An EHR connection as an integrator states it. Credentials only by the name of the environment variable on the FHIR adapter that holds them, never the secret itself. */
export type EhrConnectionInput = {
  /** none (default), bearer or client-credentials. */
  authType?: string | null | undefined;
  /** The http(s) base URL of the FHIR R4 server. */
  baseUrl: string;
  /** The care links this EHR speaks for. */
  careLinkIds: Array<string>;
  clientId?: string | null | undefined;
  /** 1-32 lower-case letters, digits or -, e.g. ryhov. */
  connectionId: string;
  /** The environment variable on the adapter holding the bearer token or client secret. */
  credentialEnv?: string | null | undefined;
  locations?: Array<EhrConnectionLocationInput> | null | undefined;
  /** Resources per page, 1-1000; default 100. */
  pageSize?: number | null | undefined;
  /** The identifier system of the network pseudonym in Patient.identifier. */
  patientIdentifierSystem: string;
  /** Seconds between polls, 1-86400; default 30. */
  pollIntervalSeconds?: number | null | undefined;
  tokenUrl?: string | null | undefined;
};

/** A location the EHR names, and the ward care link it means. */
export type EhrConnectionLocationInput = {
  careLinkId: string;
  /** Location reference, system|value or display, as the EHR writes it. */
  location: string;
};

/** STARTING, SYNCING, IDLE (caught up), STANDBY (another adapter replica holds it), RETRYING a failed call, FAILING (its last sync failed), CIRCUIT_OPEN (calls paused after repeated failures) */
export type EhrConnectionState =
  | 'CIRCUIT_OPEN'
  | 'FAILING'
  | 'IDLE'
  | 'RETRYING'
  | 'STANDBY'
  | 'STARTING'
  | 'SYNCING';

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

/** Which packages addressed to the caller’s care link to list; all when left out. */
export type HandoverInboxFilter = {
  /** Only those due before this instant (ISO 8601). */
  dueBefore?: string | null | undefined;
  /** Only those due at or after this instant (ISO 8601), e.g. the start of the user’s day. */
  dueFrom?: string | null | undefined;
  /** Only those that missed their deadline. */
  late?: boolean | null | undefined;
  /** Only those of this trigger, e.g. medically-ready. */
  trigger?: string | null | undefined;
  /** Only those not yet acknowledged. */
  unacknowledged?: boolean | null | undefined;
};

/** Within unacknowledged and then acknowledged packages: the latest deadline first (what just came in) or the earliest (what is most urgent). */
export type HandoverInboxOrder =
  | 'EARLIEST_DUE_FIRST'
  | 'NEWEST_DUE_FIRST';

/** What the caller’s care link requires from the sending link when a trigger happens. */
export type HandoverSpecificationInput = {
  /** The version the change was made from (0 for a new id); saving is refused as a conflict when another was saved since. Left out, the save always goes through. */
  baseVersion?: number | null | undefined;
  /** A GraphQL query over the patient's record, e.g. { patient { stay { medicallyReadySince } } }. */
  document: string;
  /** Kinds of sending care link this applies to (e.g. hospital-ward); all when left out. */
  fromCareLinkKinds?: Array<string> | null | undefined;
  name: string;
  /** Chosen by the receiving link; saving again under it makes a new version. */
  specificationId: string | number;
  /** The default for the trigger when left out. */
  target?: TransmissionTargetInput | null | undefined;
  /** admission, transfer, medically-ready, discharge or medication-change */
  trigger: string;
};

/** Which way is better for the measure. */
export type ImprovementDirection =
  | 'DOWN'
  | 'UP';

export type ImprovementIdeaInput = {
  description: string;
  /** staff, coach, patient-representative, patient or relative */
  submitterKind: string;
  title: string;
};

export type ImprovementProjectInput = {
  aim: AimInput;
  aimStatement: string;
  /** How many periods before the start make the baseline of computed series. */
  baselinePeriods?: number;
  /** WEEK or MONTH. */
  granularity?: Granularity;
  /** The idea this project adopts. */
  ideaId?: string | number | null | undefined;
  measures: Array<MeasureInput>;
  /** The problem in Esther's terms: what's best for Esther? */
  problem: string;
  /** YYYY-MM-DD; the baseline is the periods before the one holding this day. */
  startsOn: string;
  team: Array<TeamMemberInput>;
  title: string;
  /** Who has to cooperate to make this happen? */
  whoMustCooperate: string;
};

/** Where the patient is in the care chain. */
export type JourneyStatus =
  | 'DISCHARGED'
  | 'IN_HOSPITAL'
  | 'NOT_ADMITTED';

/** How the municipality’s payment liability starts after an on-time ready notice. */
export type LiabilityModelKind =
  /** After a number of calendar grace days (3 by the law’s default). */
  | 'GRACE_DAYS'
  /** After the agreed regional average number of days, rounded up. */
  | 'REGIONAL_AVERAGE';

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

export type MeasureInput = {
  improvement: ImprovementDirection;
  /** Short key, unique in the project, e.g. ward-days. */
  key: string;
  name: string;
  /** outcome, process or balancing */
  role: string;
  series: MeasureSeriesInput;
};

/** Which series a measure is bound to; the fields its kind needs. */
export type MeasureSeriesInput = {
  /** MANUAL: the values of periods before the start: the baseline. */
  baseline?: Array<PeriodValueInput> | null | undefined;
  /** ADMISSIONS: only this diagnosis group. */
  diagnosisGroup?: string | null | undefined;
  kind: MeasureSeriesKind;
  /** TRANSMISSION_TIME: the receiving link of the pair. */
  receivingCareLinkId?: string | null | undefined;
  /** UNNECESSARY_DAYS: stays going to these municipalities. */
  receivingOrganisationIds?: Array<string> | null | undefined;
  /** TRANSMISSION_TIME: the sending link of the pair. */
  sendingCareLinkId?: string | null | undefined;
  /** TRANSMISSION_TIME: median-minutes-to-send (default), median-minutes-to-acknowledge or share-on-target. */
  statistic?: string | null | undefined;
  /** MANUAL: what is counted, e.g. "planning meetings held". */
  unit?: string | null | undefined;
  /** UNNECESSARY_DAYS: days on these wards. */
  wardCareLinkIds?: Array<string> | null | undefined;
};

/** The series a measure follows: computed by the platform, or entered by the team (MANUAL). */
export type MeasureSeriesKind =
  | 'ADMISSIONS'
  | 'MANUAL'
  | 'TRANSMISSION_TIME'
  | 'UNNECESSARY_DAYS';

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

/** A six-weekly local network meeting. It names organisations and care links, never patients. */
export type NetworkMeetingInput = {
  /** The local area, e.g. the municipality the meeting is for. */
  area: string;
  /** YYYY-MM-DD; by default six weeks after the area's latest meeting. */
  heldOn?: string | null | undefined;
  /** The participating organisations (municipalities, the region), at least two. */
  organisationIds: Array<string>;
  /** The care links taking part, from those organisations. */
  participantCareLinkIds: Array<string>;
  /** How many patients or patient representatives take part; never who. */
  patientRepresentatives?: number;
};

export type PdsaOutcomeInput = {
  /** adopt, adapt or abandon */
  act: string;
  actNote: string;
  /** What was done, and what was observed. */
  doNote: string;
  /** YYYY-MM-DD */
  endsOn: string;
  /** What the data showed against the prediction. */
  study: string;
};

export type PdsaPlanInput = {
  /** The change being tested. */
  change: string;
  plan: string;
  prediction: string;
  /** YYYY-MM-DD */
  startsOn: string;
};

export type PeriodValueInput = {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  value: number;
};

/** Quality Time sessions a social-care unit offered, and those used, in one ISO week. */
export type QualityTimeWeekInput = {
  /** The home care or nursing home care link. */
  careLinkId: string;
  /** Sessions offered: one for each person the unit cared for that week. */
  offered: number;
  /** Sessions used. */
  used: number;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
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

export type TeamMemberInput = {
  /** The care link a staff member or coach works in. */
  careLinkId?: string | null | undefined;
  name: string;
  /** staff, coach, patient, patient-representative or relative */
  role: string;
};

/** When the information must have reached the receiving link, counted from the trigger. */
export type TransmissionTargetInput = {
  days?: number | null | undefined;
  hours?: number | null | undefined;
  /** hours (elapsed), days (calendar days, same local time) or end-of-day (end of the local day plus days) */
  kind: string;
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

/** Per care link, per its organisation, or the whole network. */
export type UptakeGrouping =
  | 'NETWORK'
  | 'ORGANISATION'
  | 'UNIT';

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

export type ReportBreakdownMutationVariables = Exact<{
  input: CooperationBreakdownInput;
}>;


export type ReportBreakdownMutation = { reportCooperationBreakdown: { reportId: string } };

export type MyBreakdownsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBreakdownsQuery = { myCooperationBreakdowns: Array<{ reportId: string, occurredOn: string, careLinkIds: Array<string>, whatHappened: string, feedback: string | null, feedbackAt: string | null, projectId: string | null }> };

export type BreakdownsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type BreakdownsQuery = { cooperationBreakdowns: Array<{ reportId: string, occurredOn: string, careLinkIds: Array<string>, reportingCareLinkId: string, whatHappened: string, consequence: string | null, feedback: string | null, projectId: string | null }>, cooperationBreakdownTrends: Array<{ careLinkIds: Array<string>, total: number, series: Array<{ period: string, value: number }> }>, improvementProjects: Array<{ projectId: string, title: string }> };

export type LinkBreakdownMutationVariables = Exact<{
  reportId: string | number;
  projectId: string | number;
}>;


export type LinkBreakdownMutation = { linkCooperationBreakdown: { reportId: string, projectId: string | null } };

export type BreakdownFeedbackMutationVariables = Exact<{
  reportId: string | number;
  feedback: string;
}>;


export type BreakdownFeedbackMutation = { giveCooperationBreakdownFeedback: { reportId: string, feedback: string | null } };

export type ComplaintCardFieldsFragment = { complaintId: string, receivedOn: string, summary: string, complainantKind: string, concernsPatient: boolean, patientId: string | null, involvedCareLinkIds: Array<string>, awaitingAnswerFrom: Array<string>, feedback: string | null, feedbackGivenOn: string | null, complainantResponse: string | null, projectId: string | null, improvementMeeting: string | null, closedAt: string | null, closedBy: string | null, answers: Array<{ careLinkId: string, answer: string, answeredAt: string, answeredBy: string }> };

export type ComplaintsQueryVariables = Exact<{
  open?: boolean | null | undefined;
}>;


export type ComplaintsQuery = { complaints: Array<{ complaintId: string, receivedOn: string, summary: string, complainantKind: string, concernsPatient: boolean, patientId: string | null, involvedCareLinkIds: Array<string>, awaitingAnswerFrom: Array<string>, feedback: string | null, feedbackGivenOn: string | null, complainantResponse: string | null, projectId: string | null, improvementMeeting: string | null, closedAt: string | null, closedBy: string | null, answers: Array<{ careLinkId: string, answer: string, answeredAt: string, answeredBy: string }> }> };

export type ComplaintsToAnswerQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintsToAnswerQuery = { complaintsToAnswer: Array<{ complaintId: string, receivedOn: string, summary: string, complainantKind: string, concernsPatient: boolean, patientId: string | null, involvedCareLinkIds: Array<string>, awaitingAnswerFrom: Array<string>, feedback: string | null, feedbackGivenOn: string | null, complainantResponse: string | null, projectId: string | null, improvementMeeting: string | null, closedAt: string | null, closedBy: string | null, answers: Array<{ careLinkId: string, answer: string, answeredAt: string, answeredBy: string }> }> };

export type RecordComplaintMutationVariables = Exact<{
  input: ComplaintInput;
}>;


export type RecordComplaintMutation = { recordComplaint: { complaintId: string } };

export type AnswerComplaintMutationVariables = Exact<{
  complaintId: string | number;
  answer: string;
}>;


export type AnswerComplaintMutation = { answerComplaint: { complaintId: string, awaitingAnswerFrom: Array<string> } };

export type ComplaintFeedbackMutationVariables = Exact<{
  complaintId: string | number;
  input: ComplaintFeedbackInput;
}>;


export type ComplaintFeedbackMutation = { giveComplaintFeedback: { complaintId: string, feedback: string | null } };

export type CloseComplaintMutationVariables = Exact<{
  complaintId: string | number;
}>;


export type CloseComplaintMutation = { closeComplaint: { complaintId: string, closedAt: string | null } };

export type PatientAccessLogQueryVariables = Exact<{
  patientId: string | number;
}>;


export type PatientAccessLogQuery = { patientAccessLog: Array<{ at: string, actorId: string, careLinkId: string, roles: Array<string>, action: string, permission: string | null, allowed: boolean, basis: AccessBasis | null, reason: string }> };

export type DirectoryPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryPageQuery = { organisations: Array<{ organisationId: string, name: string, kind: string, timeZone: string, careLinks: Array<{ careLinkId: string, name: string, kind: string, hospital: string | null }> }> };

export type RegisterCareLinkMutationVariables = Exact<{
  input: CareLinkInput;
}>;


export type RegisterCareLinkMutation = { saveCareLink: { careLinkId: string, name: string } };

export type MunicipalLiabilityInvoiceQueryVariables = Exact<{
  municipality: string;
  month: string;
}>;


export type MunicipalLiabilityInvoiceQuery = { municipalLiabilityInvoice: { municipalityId: string, month: string, region: string, model: LiabilityModelKind, modelDays: number, totalDays: number, amountBasis: { amount: number, currency: string } | null, days: Array<{ date: string, patientId: string, stayId: string, admissionEventId: string, admissionNoticeEventId: string, readinessEventId: string, readyNoticeEventId: string }> } };

export type DirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryQuery = { careLinks: Array<{ careLinkId: string, name: string, kind: string, organisationId: string, hospital: string | null }>, organisations: Array<{ organisationId: string, name: string }> };

export type PackageSummaryFragment = { packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean };

export type HandoverInboxPageQueryVariables = Exact<{
  filter?: HandoverInboxFilter | null | undefined;
  order?: HandoverInboxOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HandoverInboxPageQuery = { handoverInboxPage: { totalCount: number, nextCursor: string | null, packages: Array<{ packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean }> } };

export type SentHandoversQueryVariables = Exact<{ [key: string]: never; }>;


export type SentHandoversQuery = { sentHandovers: Array<{ packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean }> };

export type HandoverDeliveredSubscriptionVariables = Exact<{
  since?: string | null | undefined;
}>;


export type HandoverDeliveredSubscription = { handoverDelivered: { packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type HandoverPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoverPackageQuery = { handoverPackage: { missing: Array<string>, data: unknown, packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type AcknowledgeHandoverMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeHandoverMutation = { acknowledgeHandover: { missing: Array<string>, data: unknown, packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, specificationId: string, specificationVersion: number, trigger: string, triggeredAt: string, dueAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, timeliness: string, complete: boolean } };

export type HandoverSpecificationNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverSpecificationNamesQuery = { handoverSpecifications: Array<{ specificationId: string, version: number, name: string }> };

export type HandoverSpecificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoverSpecificationsQuery = { handoverSpecifications: Array<{ specificationId: string, version: number, name: string, trigger: string, document: string, active: boolean, createdAt: string, target: { kind: string, hours: number | null, days: number | null } }> };

export type SaveHandoverSpecificationMutationVariables = Exact<{
  input: HandoverSpecificationInput;
}>;


export type SaveHandoverSpecificationMutation = { saveHandoverSpecification: { specificationId: string, version: number } };

export type MeasureBaselineReviewQueryVariables = Exact<{
  filter: UnnecessaryDaysFilter;
  granularity: Granularity;
  baselinePoints?: number | null | undefined;
  rebaseAt?: Array<string> | string | null | undefined;
  improvement: ImprovementDirection;
}>;


export type MeasureBaselineReviewQuery = { unnecessaryDaysXmrChart: { periodsWithoutData: Array<string>, segments: Array<{ firstPeriod: string, mean: number, upperLimit: number | null, lowerLimit: number | null }>, points: Array<{ period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation }> } };

export type ImprovementIdeasQueryVariables = Exact<{
  status?: string | null | undefined;
}>;


export type ImprovementIdeasQuery = { improvementIdeas: Array<{ ideaId: string, title: string, description: string, status: string, submitterKind: string, submittedBy: string, submittedAt: string, submittedFromLink: string, parkedReason: string | null, projectId: string | null }> };

export type SubmitIdeaMutationVariables = Exact<{
  input: ImprovementIdeaInput;
}>;


export type SubmitIdeaMutation = { submitImprovementIdea: { ideaId: string, status: string } };

export type ParkIdeaMutationVariables = Exact<{
  ideaId: string | number;
  reason: string;
}>;


export type ParkIdeaMutation = { parkImprovementIdea: { ideaId: string, status: string, parkedReason: string | null } };

export type ImprovementProjectsQueryVariables = Exact<{
  to: string;
}>;


export type ImprovementProjectsQuery = { improvementProjects: Array<{ projectId: string, title: string, status: string, startsOn: string, aim: { target: number, by: string }, aimEvaluation: { status: string, reachedIn: string | null }, celebration: { at: string } | null, measures: Array<{ measureId: string, name: string, role: string, chart: { firstImprovementSignal: string | null, points: Array<{ period: string, specialCause: boolean, variation: Variation }> } | null }> }>, celebrations: Array<{ projectId: string, title: string, aimStatement: string, celebration: { at: string, by: string, note: string | null } | null }> };

export type CreateProjectMutationVariables = Exact<{
  input: ImprovementProjectInput;
}>;


export type CreateProjectMutation = { createImprovementProject: { projectId: string } };

export type ImprovementProjectQueryVariables = Exact<{
  projectId: string | number;
  to: string;
}>;


export type ImprovementProjectQuery = { improvementProject: { projectId: string, title: string, status: string, problem: string, whoMustCooperate: string, aimStatement: string, startsOn: string, granularity: Granularity, aim: { measureKey: string, target: number, by: string, sustainedPoints: number }, aimEvaluation: { status: string, reachedIn: string | null }, celebration: { at: string, by: string, note: string | null } | null, team: Array<{ name: string, role: string, careLinkId: string | null }>, cycles: Array<{ cycleId: string, number: number, change: string, plan: string, prediction: string, startsOn: string, endsOn: string | null, doNote: string | null, study: string | null, act: string | null, actNote: string | null }>, learning: Array<{ at: string, by: string, text: string }>, measures: Array<{ measureId: string, key: string, name: string, role: string, improvement: ImprovementDirection, series: { kind: MeasureSeriesKind, wardCareLinkIds: Array<string>, receivingOrganisationIds: Array<string>, sendingCareLinkId: string | null, receivingCareLinkId: string | null, statistic: string | null, unit: string | null, diagnosisGroup: string | null }, chart: { baselineFixed: boolean, baselinePoints: number, firstImprovementSignal: string | null, annotations: Array<{ cycleNumber: number, label: string, startPeriod: string | null, endPeriod: string | null }>, segments: Array<{ firstPeriod: string, mean: number, upperLimit: number | null, lowerLimit: number | null }>, points: Array<{ period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation }> } | null }> } };

export type PlanCycleMutationVariables = Exact<{
  projectId: string | number;
  input: PdsaPlanInput;
}>;


export type PlanCycleMutation = { planPdsaCycle: { cycleId: string, number: number } };

export type RecordOutcomeMutationVariables = Exact<{
  cycleId: string | number;
  input: PdsaOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordPdsaOutcome: { cycleId: string, act: string | null } };

export type RecordMeasureValueMutationVariables = Exact<{
  measureId: string | number;
  period: string;
  value: number;
}>;


export type RecordMeasureValueMutation = { recordMeasureValue: number };

export type RecordLearningMutationVariables = Exact<{
  projectId: string | number;
  text: string;
}>;


export type RecordLearningMutation = { recordProjectLearning: { projectId: string } };

export type ChangeProjectStatusMutationVariables = Exact<{
  projectId: string | number;
  status: string;
  learning?: string | null | undefined;
}>;


export type ChangeProjectStatusMutation = { changeImprovementProjectStatus: { projectId: string, status: string } };

export type CelebrateMutationVariables = Exact<{
  projectId: string | number;
  note?: string | null | undefined;
  to: string;
}>;


export type CelebrateMutation = { celebrateImprovementProject: { projectId: string, celebration: { at: string } | null } };

export type EhrConnectionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type EhrConnectionSettingsQuery = { ehrConnectionSettings: Array<{ connectionId: string, baseUrl: string, careLinkIds: Array<string>, enabled: boolean, version: number, updatedAt: string, updatedBy: string }> };

export type AddEhrConnectionMutationVariables = Exact<{
  input: EhrConnectionInput;
}>;


export type AddEhrConnectionMutation = { addEhrConnection: { connectionId: string, version: number } };

export type PauseEhrConnectionMutationVariables = Exact<{
  connectionId: string;
  expectedVersion: number;
}>;


export type PauseEhrConnectionMutation = { pauseEhrConnection: { connectionId: string, enabled: boolean, version: number } };

export type ResumeEhrConnectionMutationVariables = Exact<{
  connectionId: string;
  expectedVersion: number;
}>;


export type ResumeEhrConnectionMutation = { resumeEhrConnection: { connectionId: string, enabled: boolean, version: number } };

export type EhrConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EhrConnectionsQuery = { ehrConnections: Array<{ connectionId: string, baseUrl: string, state: EhrConnectionState, lastSyncedAt: string | null, lagSeconds: number | null, resourcesRead: number, eventsAppended: number, unmappable: number, failedSyncs: number, lastError: string | null }> };

export type HandoversDueQueryVariables = Exact<{ [key: string]: never; }>;


export type HandoversDueQuery = { handoverInboxPage: { packages: Array<{ packageId: string, patientId: string | null, dueAt: string, timeliness: string }> } };

export type NetworkMeetingsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NetworkMeetingsQuery = { networkMeetings: Array<{ meetingId: string, area: string, heldOn: string, minutesRecordedAt: string | null, agenda: Array<{ itemId: string }> }> };

export type PlanMeetingMutationVariables = Exact<{
  input: NetworkMeetingInput;
}>;


export type PlanMeetingMutation = { planNetworkMeeting: { meetingId: string } };

export type NetworkMeetingQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type NetworkMeetingQuery = { networkMeeting: { meetingId: string, area: string, heldOn: string, nextMeetingOn: string, organisationIds: Array<string>, participantCareLinkIds: Array<string>, patientRepresentatives: number, plannedBy: string, minutesRecordedAt: string | null, minutesRecordedBy: string | null, agenda: Array<{ itemId: string, position: number, title: string, detail: string | null, sourceKind: AgendaSourceKind, sourceId: string | null, decision: string | null, ownerCareLinkId: string | null }> }, proposedAgenda: Array<{ title: string, detail: string | null, sourceKind: AgendaSourceKind, sourceId: string | null }> };

export type AdoptAgendaMutationVariables = Exact<{
  meetingId: string | number;
}>;


export type AdoptAgendaMutation = { adoptAgenda: { meetingId: string } };

export type AddAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  input: AgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { meetingId: string } };

export type RecordMinutesMutationVariables = Exact<{
  meetingId: string | number;
  items: Array<AgendaMinuteInput> | AgendaMinuteInput;
}>;


export type RecordMinutesMutation = { recordMinutes: { meetingId: string, minutesRecordedAt: string | null } };

export type LinkComplaintMutationVariables = Exact<{
  complaintId: string | number;
  improvementMeeting?: string | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type LinkComplaintMutation = { linkComplaint: { complaintId: string, projectId: string | null, improvementMeeting: string | null } };

export type AgendaSourcesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AgendaSourcesQuery = { improvementProjects: Array<{ projectId: string, title: string, cycles: Array<{ number: number, change: string, act: string | null }> }>, complaints: Array<{ complaintId: string, receivedOn: string, summary: string, awaitingAnswerFrom: Array<string>, feedback: string | null, projectId: string | null, improvementMeeting: string | null }>, cooperationBreakdowns: Array<{ reportId: string, occurredOn: string, careLinkIds: Array<string>, whatHappened: string, feedback: string | null, projectId: string | null }> };

export type OverviewHandoverFragment = { packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, trigger: string, dueAt: string, acknowledgedAt: string | null, timeliness: string };

export type CoordinationOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinationOverviewQuery = { patientsWaiting: Array<{ patientId: string, stayId: string, wardCareLinkId: string, receivingCareLinkId: string | null, readySince: string, daysSoFar: number, cause: string }>, handoverInboxPage: { packages: Array<{ packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, trigger: string, dueAt: string, acknowledgedAt: string | null, timeliness: string }> }, sentHandovers: Array<{ packageId: string, patientId: string | null, sendingCareLinkId: string, receivingCareLinkId: string, trigger: string, dueAt: string, acknowledgedAt: string | null, timeliness: string }> };

export type FindPatientsQueryVariables = Exact<{
  query: string;
}>;


export type FindPatientsQuery = { findPatients: Array<{ patientId: string, name: string, personalIdentityNumber: string | null }> };

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

export type IdentityShownFragment = { patientId: string, name: string, personalIdentityNumber: string | null };

export type PatientIdentitiesQueryVariables = Exact<{
  patientIds: Array<string | number> | string | number;
}>;


export type PatientIdentitiesQuery = { patientIdentities: Array<{ patientId: string, name: string, personalIdentityNumber: string | null }> };

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

export type DischargePlanningQueryVariables = Exact<{ [key: string]: never; }>;


export type DischargePlanningQuery = { dischargePlanning: Array<{ patientId: string, stayId: string, wardCareLinkId: string | null, admittedAt: string | null, medicallyReadySince: string | null, dischargedAt: string | null, expectedDischargeDate: string | null, municipalStatusReported: boolean, updating: boolean, notices: Array<{ noticeId: string, notice: string, recipient: string, toCareLinkId: string | null, fromCareLinkId: string, dueAt: string, sentAt: string | null, status: string }>, meetings: Array<{ meetingId: string, at: string, mode: string, patientTakesPart: boolean, relativesInvited: boolean }> }> };

export type RecordQualityTimeWeekMutationVariables = Exact<{
  input: QualityTimeWeekInput;
}>;


export type RecordQualityTimeWeekMutation = { recordQualityTimeWeek: { week: string, offered: number, used: number } };

export type QualityTimeUptakeQueryVariables = Exact<{
  by: UptakeGrouping;
  from: string;
  to: string;
}>;


export type QualityTimeUptakeQuery = { qualityTimeUptake: Array<{ group: string, period: string, offered: number, used: number, uptake: number | null }> };

export type SignInCareLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCareLinksQuery = { careLinks: Array<{ careLinkId: string, name: string, hospital: string | null }> };

export type XmrChartFieldsFragment = { periodsWithoutData: Array<string>, segments: Array<{ firstPeriod: string, mean: number, upperLimit: number | null, lowerLimit: number | null }>, points: Array<{ period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation }> };

export type XmrPointFieldsFragment = { period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation };

export type DashboardQueryVariables = Exact<{
  filter: UnnecessaryDaysFilter;
  granularity: Granularity;
  baselinePoints?: number | null | undefined;
  rebaseAt?: Array<string> | string | null | undefined;
  run: boolean;
}>;


export type DashboardQuery = { unnecessaryDays: { total: number, byCause: Array<{ key: string, value: number }>, byWard: Array<{ key: string, value: number }>, byHospital: Array<{ key: string, value: number }>, byReceivingOrganisation: Array<{ key: string, value: number }> }, unnecessaryDaysXmrChart: { periodsWithoutData: Array<string>, segments: Array<{ firstPeriod: string, mean: number, upperLimit: number | null, lowerLimit: number | null }>, points: Array<{ period: string, value: number, segment: number, outsideLimits: boolean, shift: boolean, trend: boolean, twoOfThreeNearLimit: boolean, specialCause: boolean, variation: Variation }> }, unnecessaryDaysRunChart?: { median: number, runs: number, usefulObservations: number, tooFewRuns: boolean, tooManyRuns: boolean, periodsWithoutData: Array<string>, points: Array<{ period: string, value: number, shift: boolean, trend: boolean }> } };

export type DashboardExtentQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardExtentQuery = { unnecessaryDays: { series: Array<{ period: string, value: number }> } };

export type DashboardIndicatorsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: Granularity;
}>;


export type DashboardIndicatorsQuery = { admissions: Array<{ period: string, value: number }>, hospitalDays: Array<{ period: string, value: number }>, transmissionStatistics: Array<{ sendingCareLinkId: string, receivingCareLinkId: string, handovers: number, acknowledged: number, shareOnTarget: number | null, medianMinutesToSend: number, medianMinutesToAcknowledge: number | null }> };

export type NationalIndicatorQueryVariables = Exact<{
  month: string;
}>;


export type NationalIndicatorQuery = { nationalIndicator: { month: string, meanDays: number, stays: number, totalDays: number } };

export const ComplaintCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"complainantKind"}},{"kind":"Field","name":{"kind":"Name","value":"concernsPatient"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"involvedCareLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswerFrom"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResponse"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}}]}}]} as unknown as DocumentNode<ComplaintCardFieldsFragment, unknown>;
export const PackageSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<PackageSummaryFragment, unknown>;
export const OverviewHandoverFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHandover"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]} as unknown as DocumentNode<OverviewHandoverFragment, unknown>;
export const IdentityShownFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityShown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}}]}}]} as unknown as DocumentNode<IdentityShownFragment, unknown>;
export const XmrPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChartPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<XmrPointFieldsFragment, unknown>;
export const XmrChartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"XmrChartView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodsWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrPointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChartPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<XmrChartFieldsFragment, unknown>;
export const ReportBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationBreakdownInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCooperationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}}]}}]}}]} as unknown as DocumentNode<ReportBreakdownMutation, ReportBreakdownMutationVariables>;
export const MyBreakdownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBreakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCooperationBreakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"whatHappened"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<MyBreakdownsQuery, MyBreakdownsQueryVariables>;
export const BreakdownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Breakdowns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationBreakdowns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"whatHappened"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationBreakdownTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"active","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<BreakdownsQuery, BreakdownsQueryVariables>;
export const LinkBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkCooperationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<LinkBreakdownMutation, LinkBreakdownMutationVariables>;
export const BreakdownFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BreakdownFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveCooperationBreakdownFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"feedback"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}}]}}]}}]} as unknown as DocumentNode<BreakdownFeedbackMutation, BreakdownFeedbackMutationVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"complainantKind"}},{"kind":"Field","name":{"kind":"Name","value":"concernsPatient"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"involvedCareLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswerFrom"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResponse"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintsToAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintsToAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintsToAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"complainantKind"}},{"kind":"Field","name":{"kind":"Name","value":"concernsPatient"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"involvedCareLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswerFrom"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"complainantResponse"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}}]}}]} as unknown as DocumentNode<ComplaintsToAnswerQuery, ComplaintsToAnswerQueryVariables>;
export const RecordComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}}]}}]}}]} as unknown as DocumentNode<RecordComplaintMutation, RecordComplaintMutationVariables>;
export const AnswerComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswerFrom"}}]}}]}}]} as unknown as DocumentNode<AnswerComplaintMutation, AnswerComplaintMutationVariables>;
export const ComplaintFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveComplaintFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}}]}}]}}]} as unknown as DocumentNode<ComplaintFeedbackMutation, ComplaintFeedbackMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const PatientAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PatientAccessLogQuery, PatientAccessLogQueryVariables>;
export const DirectoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"careLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryPageQuery, DirectoryPageQueryVariables>;
export const RegisterCareLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCareLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCareLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterCareLinkMutation, RegisterCareLinkMutationVariables>;
export const MunicipalLiabilityInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalLiabilityInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalLiabilityInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"modelDays"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}},{"kind":"Field","name":{"kind":"Name","value":"amountBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"admissionEventId"}},{"kind":"Field","name":{"kind":"Name","value":"admissionNoticeEventId"}},{"kind":"Field","name":{"kind":"Name","value":"readinessEventId"}},{"kind":"Field","name":{"kind":"Name","value":"readyNoticeEventId"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalLiabilityInvoiceQuery, MunicipalLiabilityInvoiceQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const HandoverInboxPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverInboxPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverInboxFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverInboxOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverInboxPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverInboxPageQuery, HandoverInboxPageQueryVariables>;
export const SentHandoversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<SentHandoversQuery, SentHandoversQueryVariables>;
export const HandoverDeliveredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HandoverDelivered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverDelivered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverDeliveredSubscription, HandoverDeliveredSubscriptionVariables>;
export const HandoverPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<HandoverPackageQuery, HandoverPackageQueryVariables>;
export const AcknowledgeHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PackageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PackageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"specificationVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]} as unknown as DocumentNode<AcknowledgeHandoverMutation, AcknowledgeHandoverMutationVariables>;
export const HandoverSpecificationNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverSpecificationNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverSpecifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HandoverSpecificationNamesQuery, HandoverSpecificationNamesQueryVariables>;
export const HandoverSpecificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoverSpecifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverSpecifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]}}]} as unknown as DocumentNode<HandoverSpecificationsQuery, HandoverSpecificationsQueryVariables>;
export const SaveHandoverSpecificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveHandoverSpecification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverSpecificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveHandoverSpecification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specificationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveHandoverSpecificationMutation, SaveHandoverSpecificationMutationVariables>;
export const MeasureBaselineReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeasureBaselineReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnnecessaryDaysFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselinePoints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rebaseAt"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"improvement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDaysXmrChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselinePoints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselinePoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"rebaseAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rebaseAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"improvement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"improvement"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrChartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChartPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"XmrChartView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodsWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrPointFields"}}]}}]}}]} as unknown as DocumentNode<MeasureBaselineReviewQuery, MeasureBaselineReviewQueryVariables>;
export const ImprovementIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submitterKind"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedFromLink"}},{"kind":"Field","name":{"kind":"Name","value":"parkedReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<ImprovementIdeasQuery, ImprovementIdeasQueryVariables>;
export const SubmitIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitImprovementIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitIdeaMutation, SubmitIdeaMutationVariables>;
export const ParkIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParkIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parkImprovementIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parkedReason"}}]}}]}}]} as unknown as DocumentNode<ParkIdeaMutation, ParkIdeaMutationVariables>;
export const ImprovementProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"aim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aimEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"celebration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstImprovementSignal"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"celebrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"aimStatement"}},{"kind":"Field","name":{"kind":"Name","value":"celebration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementProjectsQuery, ImprovementProjectsQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImprovementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const ImprovementProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"whoMustCooperate"}},{"kind":"Field","name":{"kind":"Name","value":"aimStatement"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"aim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureKey"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"sustainedPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aimEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reachedIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"celebration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"prediction"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"doNote"}},{"kind":"Field","name":{"kind":"Name","value":"study"}},{"kind":"Field","name":{"kind":"Name","value":"act"}},{"kind":"Field","name":{"kind":"Name","value":"actNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"learning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"improvement"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"receivingOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineFixed"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePoints"}},{"kind":"Field","name":{"kind":"Name","value":"firstImprovementSignal"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"endPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrPointFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChartPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}}]} as unknown as DocumentNode<ImprovementProjectQuery, ImprovementProjectQueryVariables>;
export const PlanCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdsaPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planPdsaCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<PlanCycleMutation, PlanCycleMutationVariables>;
export const RecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PdsaOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPdsaOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"act"}}]}}]}}]} as unknown as DocumentNode<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const RecordMeasureValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasureValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasureValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measureId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measureId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}]}]}}]} as unknown as DocumentNode<RecordMeasureValueMutation, RecordMeasureValueMutationVariables>;
export const RecordLearningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLearning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProjectLearning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<RecordLearningMutation, RecordLearningMutationVariables>;
export const ChangeProjectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"learning"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeImprovementProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"learning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"learning"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeProjectStatusMutation, ChangeProjectStatusMutationVariables>;
export const CelebrateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Celebrate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"celebrateImprovementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"celebration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CelebrateMutation, CelebrateMutationVariables>;
export const EhrConnectionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EhrConnectionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ehrConnectionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<EhrConnectionSettingsQuery, EhrConnectionSettingsQueryVariables>;
export const AddEhrConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEhrConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EhrConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEhrConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddEhrConnectionMutation, AddEhrConnectionMutationVariables>;
export const PauseEhrConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseEhrConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseEhrConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PauseEhrConnectionMutation, PauseEhrConnectionMutationVariables>;
export const ResumeEhrConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeEhrConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeEhrConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResumeEhrConnectionMutation, ResumeEhrConnectionMutationVariables>;
export const EhrConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EhrConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ehrConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"baseUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesRead"}},{"kind":"Field","name":{"kind":"Name","value":"eventsAppended"}},{"kind":"Field","name":{"kind":"Name","value":"unmappable"}},{"kind":"Field","name":{"kind":"Name","value":"failedSyncs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<EhrConnectionsQuery, EhrConnectionsQueryVariables>;
export const HandoversDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoversDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoverInboxPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unacknowledged"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"EARLIEST_DUE_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]}}]}}]} as unknown as DocumentNode<HandoversDueQuery, HandoversDueQueryVariables>;
export const NetworkMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]}}]} as unknown as DocumentNode<NetworkMeetingsQuery, NetworkMeetingsQueryVariables>;
export const PlanMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planNetworkMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<PlanMeetingMutation, PlanMeetingMutationVariables>;
export const NetworkMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"organisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"participantCareLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"patientRepresentatives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedBy"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCareLinkId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]}}]} as unknown as DocumentNode<NetworkMeetingQuery, NetworkMeetingQueryVariables>;
export const AdoptAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<AdoptAgendaMutation, AdoptAgendaMutationVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const RecordMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaMinuteInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"minutesRecordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordMinutesMutation, RecordMinutesMutationVariables>;
export const LinkComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"improvementMeeting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"improvementMeeting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"improvementMeeting"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeeting"}}]}}]}}]} as unknown as DocumentNode<LinkComplaintMutation, LinkComplaintMutationVariables>;
export const AgendaSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"act"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAnswerFrom"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"improvementMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationBreakdowns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"whatHappened"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<AgendaSourcesQuery, AgendaSourcesQueryVariables>;
export const CoordinationOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientsWaiting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"readySince"}},{"kind":"Field","name":{"kind":"Name","value":"daysSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoverInboxPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHandover"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentHandovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewHandover"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewHandover"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}}]}}]} as unknown as DocumentNode<CoordinationOverviewQuery, CoordinationOverviewQueryVariables>;
export const FindPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findPatients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityShown"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityShown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}}]}}]} as unknown as DocumentNode<FindPatientsQuery, FindPatientsQueryVariables>;
export const SaveCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveCarePlanMutation, SaveCarePlanMutationVariables>;
export const CurrentCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedByCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentCarePlanQuery, CurrentCarePlanQueryVariables>;
export const DelayCausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelayCauses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stayId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeDelayCauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stayId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stayId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByCareLinkId"}}]}}]}}]} as unknown as DocumentNode<DelayCausesQuery, DelayCausesQueryVariables>;
export const RecordDelayCauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDelayCause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DischargeDelayCauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDischargeDelayCause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<RecordDelayCauseMutation, RecordDelayCauseMutationVariables>;
export const ChangeMedicineListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMedicineList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMedicineListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMedicineList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listVersion"}}]}}]}}]} as unknown as DocumentNode<ChangeMedicineListMutation, ChangeMedicineListMutationVariables>;
export const PatientIdentitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientIdentities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityShown"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityShown"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatientIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personalIdentityNumber"}}]}}]} as unknown as DocumentNode<PatientIdentitiesQuery, PatientIdentitiesQueryVariables>;
export const PatientRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientJourney"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkIds"}},{"kind":"Field","name":{"kind":"Name","value":"stay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"medicallyReadySince"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicineList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedByCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"coding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientRecordQuery, PatientRecordQueryVariables>;
export const MarkMedicallyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMedicallyReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkMedicallyReadyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMedicallyReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}}]}}]}}]} as unknown as DocumentNode<MarkMedicallyReadyMutation, MarkMedicallyReadyMutationVariables>;
export const WithdrawMedicallyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawMedicallyReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawMedicallyReadyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawMedicallyReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]} as unknown as DocumentNode<WithdrawMedicallyReadyMutation, WithdrawMedicallyReadyMutationVariables>;
export const MedicineReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicineReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicineReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stopped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doseChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"fromFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"toFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}}]}}]}}]}}]} as unknown as DocumentNode<MedicineReconciliationQuery, MedicineReconciliationQueryVariables>;
export const DischargePlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DischargePlanning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargePlanning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"stayId"}},{"kind":"Field","name":{"kind":"Name","value":"wardCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"medicallyReadySince"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDischargeDate"}},{"kind":"Field","name":{"kind":"Name","value":"municipalStatusReported"}},{"kind":"Field","name":{"kind":"Name","value":"updating"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"toCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"patientTakesPart"}},{"kind":"Field","name":{"kind":"Name","value":"relativesInvited"}}]}}]}}]}}]} as unknown as DocumentNode<DischargePlanningQuery, DischargePlanningQueryVariables>;
export const RecordQualityTimeWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQualityTimeWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityTimeWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQualityTimeWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]} as unknown as DocumentNode<RecordQualityTimeWeekMutation, RecordQualityTimeWeekMutationVariables>;
export const QualityTimeUptakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualityTimeUptake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UptakeGrouping"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityTimeUptake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"uptake"}}]}}]}}]} as unknown as DocumentNode<QualityTimeUptakeQuery, QualityTimeUptakeQueryVariables>;
export const SignInCareLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInCareLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hospital"}}]}}]}}]} as unknown as DocumentNode<SignInCareLinksQuery, SignInCareLinksQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnnecessaryDaysFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baselinePoints"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rebaseAt"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byCause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byWard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHospital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byReceivingOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDaysXmrChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"baselinePoints"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baselinePoints"}}},{"kind":"Argument","name":{"kind":"Name","value":"rebaseAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rebaseAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrChartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDaysRunChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"runs"}},{"kind":"Field","name":{"kind":"Name","value":"usefulObservations"}},{"kind":"Field","name":{"kind":"Name","value":"tooFewRuns"}},{"kind":"Field","name":{"kind":"Name","value":"tooManyRuns"}},{"kind":"Field","name":{"kind":"Name","value":"periodsWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChartPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"outsideLimits"}},{"kind":"Field","name":{"kind":"Name","value":"shift"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"twoOfThreeNearLimit"}},{"kind":"Field","name":{"kind":"Name","value":"specialCause"}},{"kind":"Field","name":{"kind":"Name","value":"variation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"XmrChartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"XmrChartView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodsWithoutData"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"upperLimit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"XmrPointFields"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardExtentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardExtent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unnecessaryDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardExtentQuery, DashboardExtentQueryVariables>;
export const DashboardIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hospitalDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transmissionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"receivingCareLinkId"}},{"kind":"Field","name":{"kind":"Name","value":"handovers"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"shareOnTarget"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToSend"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAcknowledge"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const NationalIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"meanDays"}},{"kind":"Field","name":{"kind":"Name","value":"stays"}},{"kind":"Field","name":{"kind":"Name","value":"totalDays"}}]}}]}}]} as unknown as DocumentNode<NationalIndicatorQuery, NationalIndicatorQueryVariables>;