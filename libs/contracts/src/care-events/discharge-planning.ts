import { z } from 'zod';
import { careLinkIdSchema, daySchema, instantSchema } from './envelope';

/**
 * Payloads of coordinated discharge planning (lag 2017:612, SVPL). They carry codes and care link
 * ids, never a name, address or personal identity number: the stream stays pseudonymous.
 */
const stayId = z.string().min(1, 'stayId is required').max(128).describe('The inpatient stay.');

export const municipalityCodeSchema = z
  .string()
  .regex(/^\d{4}$/, 'must be the four-digit Swedish municipality code (kommunkod), e.g. 0680')
  .describe('Swedish municipality code (kommunkod) of where the patient lives, e.g. 0680 for Jönköping.');

export const hsaIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{3,64}$/, 'must be an HSA id, e.g. SE2321000057-1003')
  .describe('HSA id of the unit in the Swedish catalogue of care units.');

/** Where the patient lives and is listed, as sent by an EHR (codes) or by staff (care links). */
export const patientHomeRecordedV1 = z
  .strictObject({
    municipalityCode: municipalityCodeSchema.optional(),
    primaryCareUnitHsaId: hsaIdSchema.optional(),
    homeMunicipalityCareLinkId: careLinkIdSchema
      .optional()
      .describe('The municipal link that plans her return home, when staff name it directly.'),
    primaryCareLinkId: careLinkIdSchema
      .optional()
      .describe('The primary care unit she is listed with, when staff name it directly.'),
  })
  .refine((home) => Object.keys(home).length > 0, {
    message: 'name the home municipality or the listed primary care unit',
  });

export const careLinkNotices = [
  'admission-notice',
  'ready-for-discharge-notice',
  'no-longer-ready-notice',
  'planning-meeting-call',
  'expected-discharge-date',
] as const;
export type CareLinkNotice = (typeof careLinkNotices)[number];

const notice = z
  .enum(careLinkNotices)
  .describe(
    'inskrivningsmeddelande, utskrivningsklar, no longer ready, kallelse till planeringsmöte, or a new expected discharge date.',
  );

export const careLinkNotifiedV1 = z.strictObject({
  stayId,
  notice,
  toCareLinkId: careLinkIdSchema.describe('The municipal or primary care link notified.'),
  dueAt: instantSchema.optional().describe('The deadline the notice had under the regional rules.'),
  expectedDischargeDate: daySchema().optional().describe('The expected discharge date known when sent.'),
  meetingId: z.string().min(1).max(128).optional().describe('The planning meeting a call is for.'),
});

export const careLinkNoticeBreachedV1 = z.strictObject({
  stayId,
  notice,
  toCareLinkId: careLinkIdSchema
    .optional()
    .describe(
      'Absent when no recipient was known: the home municipality or primary care unit is not in the directory.',
    ),
  dueAt: instantSchema,
  reason: z.string().min(1).max(500),
});

export const careLinkNoticeAcknowledgedV1 = z.strictObject({
  stayId,
  notice,
  noticeEventId: z.uuid().describe('The CareLinkNotified event acknowledged.'),
  acknowledgedBy: z.string().min(1).max(128).describe('Role or id of who acknowledged, no names.'),
});

export const supportsBeforeAdmission = [
  'none',
  'home-help',
  'home-nursing',
  'safety-alarm',
  'day-activity',
  'short-term-stay',
  'nursing-home',
  'other',
] as const;

export const municipalStatusReportedV1 = z.strictObject({
  stayId,
  supportBeforeAdmission: z
    .array(z.enum(supportsBeforeAdmission))
    .min(1, 'name the support she had, or none')
    .describe('What support the municipality gave before admission.'),
  note: z.string().max(500).optional(),
});

export const expectedDischargeDateSetV1 = z.strictObject({
  stayId,
  expectedDischargeDate: daySchema(),
});

export const planningMeetingModes = ['in-person', 'video'] as const;

export const planningMeetingCalledV1 = z.strictObject({
  stayId,
  meetingId: z.string().min(1).max(128),
  at: instantSchema.describe('When the meeting is held.'),
  mode: z.enum(planningMeetingModes),
  participantCareLinkIds: z.array(careLinkIdSchema).min(1, 'invite at least one care link'),
  patientTakesPart: z.boolean(),
  relativesInvited: z.boolean(),
});

export const planningMeetingHeldV1 = z.strictObject({
  stayId,
  meetingId: z.string().min(1).max(128),
  outcome: z.string().min(1, 'say what was agreed').max(2000),
  carePlanId: z.string().min(1).max(128).optional().describe('The SIP made or changed at the meeting.'),
});

/**
 * `consent-given`/`consent-withdrawn` are the patient's own say; `emergency` (her life or health at
 * risk and she cannot be asked) and `cannot-consent` (she lacks capacity, and sharing is presumed
 * in her interest) are the exceptions the law allows for sharing without consent.
 */
export const consentBases = ['consent-given', 'consent-withdrawn', 'emergency', 'cannot-consent'] as const;

export const consentRecordedV1 = z.strictObject({
  basis: z.enum(consentBases),
  note: z.string().max(500).optional(),
});
