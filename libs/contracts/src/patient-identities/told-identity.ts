import { z } from 'zod';

const name = (field: string) =>
  z
    .string({ error: `${field} must be text` })
    .max(200, `${field} must be at most 200 characters`)
    .default('');

/**
 * Who a patient is, as an integrator tells the identity register (PUT /patients/{patientId}/identity
 * on care-events). It is kept encrypted apart from the event stream and never travels on Kafka.
 */
export const toldIdentitySchema = z.strictObject({
  familyName: name('familyName'),
  givenNames: name('givenNames'),
  personalIdentityNumber: z
    .string({ error: 'personalIdentityNumber must be text, e.g. 19381123-1234' })
    .max(20, 'personalIdentityNumber must be at most 20 characters')
    .nullable()
    .optional()
    .describe('Personnummer or samordningsnummer, YYYYMMDD-NNNN (or YYMMDD-NNNN).'),
});

export type ToldIdentityBody = z.output<typeof toldIdentitySchema>;
