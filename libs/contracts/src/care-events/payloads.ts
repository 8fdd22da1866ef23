import { z } from 'zod';
import { hsaIdSchema, municipalityCodeSchema } from './discharge-planning';
import { careLinkIdSchema, daySchema, instantSchema, patientIdSchema } from './envelope';

const stayId = z
  .string()
  .min(1, 'stayId is required')
  .max(128)
  .describe('The inpatient stay this event belongs to.');
const ward = careLinkIdSchema;
const occurredAtPrecision = z
  .enum(['day', 'hour'])
  .optional()
  .describe(
    "Set when the source gave the time only to the day or the hour (HL7 v2 date-only times): occurredAt is then the start of that day or hour in the organisation's time zone, not the moment it happened.",
  );
const diagnosisGroup = z
  .string()
  .min(1)
  .max(64)
  .optional()
  .describe("Diagnosis group for the network's indicators, e.g. heart-failure or an ICD-10 chapter.");

export const patientAdmittedV1 = z.strictObject({
  stayId,
  wardCareLinkId: ward.describe('The ward the patient is admitted to.'),
  admissionType: z.enum(['emergency', 'elective', 'other']),
  reason: z.string().max(500).optional(),
  diagnosisGroup,
  occurredAtPrecision,
  homeMunicipalityCode: municipalityCodeSchema
    .optional()
    .describe(
      'Municipality code of where she lives (HL7 PID-11), so the admission notice finds her municipality.',
    ),
  listedPrimaryCareUnitHsaId: hsaIdSchema
    .optional()
    .describe('HSA id of the primary care unit she is listed with (HL7 PD1-3).'),
});

export const patientTransferredV1 = z.strictObject({
  stayId,
  fromWardCareLinkId: ward,
  toWardCareLinkId: ward,
  occurredAtPrecision,
});

export const admissionCancelledV1 = z.strictObject({
  stayId: stayId.describe('The stay whose admission was recorded in error.'),
  occurredAtPrecision,
});

export const transferCancelledV1 = z.strictObject({
  stayId,
  fromWardCareLinkId: ward.describe(
    'The ward of the cancelled transfer the patient came from, and is on again.',
  ),
  toWardCareLinkId: ward.describe('The ward the cancelled transfer went to.'),
  occurredAtPrecision,
});

export const medicallyReadyForDischargeV1 = z.strictObject({
  stayId,
  readyAt: instantSchema.describe('From when the patient no longer needs hospital care.'),
  expectedDestinationCareLinkId: careLinkIdSchema.optional(),
  correctsEventId: z
    .uuid()
    .optional()
    .describe(
      'Set when this declaration corrects the ready time of an earlier one; its readyAt replaces that one.',
    ),
});

export const medicallyReadyWithdrawnV1 = z.strictObject({
  stayId,
  reason: z.string().min(1, 'say why readiness was withdrawn').max(500),
});

export const dischargeDestinations = [
  'home',
  'home-with-home-care',
  'nursing-home',
  'other-hospital',
  'deceased',
  'other',
] as const;

export const patientDischargedV1 = z.strictObject({
  stayId,
  destination: z.enum(dischargeDestinations),
  destinationCareLinkId: careLinkIdSchema.optional(),
  diagnosisGroup: diagnosisGroup.describe(
    "Diagnosis group of the stay's main diagnosis as known at discharge; it replaces the admission's.",
  ),
  occurredAtPrecision,
});

export const dischargeCancelledV1 = z.strictObject({
  stayId: stayId.describe('The stay whose discharge was recorded in error.'),
  occurredAtPrecision,
});

export const patientIdsMergedV1 = z.strictObject({
  mergedPatientId: patientIdSchema.describe(
    "The pseudonymous id that no longer stands for a patient of its own: what was recorded under it is this event's patient's from now on.",
  ),
  occurredAtPrecision,
});

const coding = z.strictObject({
  system: z.string().min(1).describe('e.g. http://www.whocc.no/atc or http://snomed.info/sct'),
  code: z.string().min(1),
  display: z.string().optional(),
});

const medication = z.strictObject({
  text: z.string().min(1, 'the medication as written is required'),
  coding: z.array(coding).optional(),
});

export const medicationListChangedV1 = z.strictObject({
  listVersion: z.number().int().nonnegative().describe('Version of the list the change was made against.'),
  changes: z
    .array(
      z.strictObject({
        action: z.enum(['added', 'stopped', 'dose-changed']),
        medication,
        dose: z.string().optional(),
        route: z.string().optional(),
        frequency: z.string().optional(),
        reason: z.string().optional(),
        changedBy: z.string().optional().describe('Professional who made the change (role or id, no names).'),
      }),
    )
    .min(1, 'at least one change is required'),
});

export const carePlanUpdatedV1 = z.strictObject({
  carePlanId: z.string().min(1),
  version: z.number().int().positive(),
  goals: z.array(z.string().min(1)).describe("Goals in the patient's own words."),
  actions: z.array(
    z.strictObject({
      description: z.string().min(1),
      responsibleCareLinkId: careLinkIdSchema,
      dueDate: daySchema().optional(),
    }),
  ),
});

export const carePlanUpdatedV2 = carePlanUpdatedV1.extend({
  contacts: z
    .array(
      z.strictObject({
        description: z.string().min(1).describe('Who answers, e.g. the night patrol of home care.'),
        careLinkId: careLinkIdSchema.optional(),
        phone: z.string().min(3).max(32),
        available: z.enum(['day', 'night', 'day-and-night']),
      }),
    )
    .describe('Whom the patient calls, day and night.'),
  followUps: z
    .array(
      z.strictObject({ description: z.string().min(1), careLinkId: careLinkIdSchema, at: instantSchema }),
    )
    .describe('Follow-up appointments.'),
  recommendations: z.array(z.string().min(1)).describe('Recommendations for further care.'),
});

export const delayCauses = [
  'home-care-capacity',
  'primary-care-capacity',
  'nursing-home-place',
  'awaiting-assessment',
  'patient-or-family-choice',
  'other',
] as const;

export const dischargeDelayCauseRecordedV1 = z.strictObject({
  stayId,
  cause: z.enum(delayCauses),
  from: instantSchema.describe('From when this cause applies; it holds until another cause is recorded.'),
  note: z.string().max(500).optional(),
});

const handover = {
  packageId: z.uuid().describe('The handover package in Carechain.'),
  specificationId: z.string().min(1).max(128),
  specificationVersion: z.number().int().positive(),
  receivingCareLinkId: careLinkIdSchema,
  sendingCareLinkId: careLinkIdSchema,
};

export const handoverAcknowledgedV1 = z.strictObject({
  ...handover,
  acknowledgedBy: z
    .string()
    .min(1)
    .max(128)
    .describe('Professional who acknowledged (role or id, no names).'),
});

export const handoverTimelinessV1 = z.strictObject({
  ...handover,
  dueAt: instantSchema.describe("The transmission target's deadline, in the organisation's time zone."),
  reason: z.string().min(1).max(500),
});
