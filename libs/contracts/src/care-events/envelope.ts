import { z } from 'zod';

/** A Swedish personal identity or coordination number as written, with or without century or sign. */
export const personalIdentityNumberShape = /(19|20)?\d{6}[-+]?\d{4}/;
const wholePersonalIdentityNumber = new RegExp(`^${personalIdentityNumberShape.source}$`);

/**
 * Patients are addressed by a pseudonymous id agreed within the network, never by a personal
 * identity number: the id travels in Kafka keys, URLs and logs.
 */
export const patientIdSchema = z
  .string({ error: 'patientId is required' })
  .min(1, 'patientId is required')
  .max(64, 'patientId must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'patientId may hold letters, digits and . _ : - only')
  .refine((id) => !wholePersonalIdentityNumber.test(id), {
    message: 'patientId looks like a personal identity number; send the pseudonymous patient id instead',
  });

export const careLinkIdSchema = z.string().min(1, 'must not be empty').max(128);

// PostgreSQL has no year 0000 and took such a value as a fault of its own; no care event predates 1900.
// Asked only of a well-formed value (abort), so a malformed one is refused for its form alone.
const from1900 = (value: string) => value >= '1900';
const fromYear1900 = 'must be in the year 1900 or later';

const instant = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone', abort: true })
  .refine(from1900, fromYear1900);

/** A calendar day, YYYY-MM-DD. */
export const daySchema = (error = 'must be a date, YYYY-MM-DD') =>
  z.iso.date({ error, abort: true }).refine(from1900, fromYear1900);

export const sourceSchema = z.strictObject(
  {
    system: z.string().min(1, 'must name the sending system').max(128),
    careLinkId: careLinkIdSchema.describe('The care link on whose behalf the event is sent.'),
  },
  {
    error: (issue) => (issue.input === undefined ? 'source is required: { system, careLinkId }' : undefined),
  },
);

/** Fields every care event carries, whatever its type. */
export const envelopeSchema = z.strictObject({
  eventId: z
    .uuid({ error: 'eventId must be a UUID' })
    .describe('Unique id chosen by the sender; resending it is safe.'),
  idempotencyKey: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe('Optional key for de-duplication, e.g. an EHR resource id and version. Defaults to eventId.'),
  type: z.string({ error: 'type is required' }).min(1, 'type is required'),
  schemaVersion: z
    .number({ error: 'schemaVersion must be a number' })
    .int('schemaVersion must be an integer'),
  patientId: patientIdSchema,
  occurredAt: instant.describe('When it happened in the care chain.'),
  recordedAt: instant.optional().describe('Set by Carechain when the event is stored; ignored on intake.'),
  source: sourceSchema,
  correlationId: z.string().min(1).max(256).optional().describe('Ties events of one workflow together.'),
  payload: z.record(z.string(), z.unknown(), { error: 'payload must be a JSON object' }),
});

export type CareEventEnvelope = z.infer<typeof envelopeSchema>;
export { instant as instantSchema };
