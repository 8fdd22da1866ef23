import { careLinkIdSchema, dischargeDestinations } from '@carechain/contracts';
import { z } from 'zod';

// HL7 table 0203 types that name a person in the national registers or on a document.
const personalIdentityTypes = ['SS', 'NN', 'NI', 'PN', 'PPN', 'DL', 'NH', 'NBSNR', 'NCT'];
export const isPersonalIdentityType = (type: string) =>
  personalIdentityTypes.includes(type) || /^NN[A-Z]{3}$/.test(type);

const code = z.string().min(1, 'codes must not be empty').max(64);

/**
 * How a sending system's ADT messages become care events: which PID-3 identifier is the
 * pseudonymous patient id, and which care link each ward code, discharge disposition and
 * discharge location stands for. Loaded from a JSON file at start-up.
 */
export const adtMappingSchema = z.strictObject({
  patientIdentifier: z.strictObject(
    {
      type: z
        .string({
          error:
            'patientIdentifier.type is required: the PID-3 identifier type code (CX-5) of the pseudonymous patient id, e.g. PI',
        })
        .regex(/^[A-Za-z0-9]{1,10}$/, 'must be an HL7 identifier type code (table 0203), e.g. PI')
        .refine((type) => !isPersonalIdentityType(type), {
          message:
            'names a personal identity number or document; choose the type of the pseudonymous patient id agreed in the network (e.g. PI)',
        }),
      assigningAuthority: z
        .string()
        .min(1)
        .max(64)
        .optional()
        .describe('CX-4.1 the identifier must also carry, when several authorities issue the type.'),
    },
    {
      error: (issue) =>
        issue.input === undefined ? 'patientIdentifier is required: { "type": "PI" }' : undefined,
    },
  ),
  wards: z
    .record(code, careLinkIdSchema, {
      error: 'wards is required: an object of PV1-3 ward codes to care link ids',
    })
    .refine(
      (wards) => Object.keys(wards).length > 0,
      'wards must map at least one PV1-3 ward code to a care link id',
    ),
  dischargeDispositions: z
    .record(
      code,
      z.enum(dischargeDestinations, { error: `must be one of ${dischargeDestinations.join(', ')}` }),
    )
    .default({})
    .describe('PV1-36 codes to discharge destinations; an empty PV1-36 is "other".'),
  dischargeLocations: z
    .record(code, careLinkIdSchema)
    .default({})
    .describe('PV1-37 codes to the receiving care link.'),
  processingIds: z
    .array(
      z.enum(['P', 'T', 'D'], { error: 'processing ids are P (production), T (training) or D (debugging)' }),
    )
    .min(1, 'accept at least one processing id')
    .default(['P'])
    .describe('MSH-11 values accepted; others are refused, so training messages never become care events.'),
});

export type AdtMapping = z.output<typeof adtMappingSchema>;

/** The mapping, or one line per problem, each naming where it is. */
export function parseAdtMapping(
  input: unknown,
): { ok: true; mapping: AdtMapping } | { ok: false; problems: string[] } {
  const parsed = adtMappingSchema.safeParse(input);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
