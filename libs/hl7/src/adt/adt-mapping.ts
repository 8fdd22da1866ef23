import { careLinkIdSchema, dischargeDestinations } from '@carechain/contracts';
import { z } from 'zod';

// HL7 table 0203 types that name a person in the national registers or on a document.
const personalIdentityTypes = ['SS', 'NN', 'NI', 'PN', 'PPN', 'DL', 'NH', 'NBSNR', 'NCT'];
export const isPersonalIdentityType = (type: string) =>
  personalIdentityTypes.includes(type) || /^NN[A-Z]{3}$/.test(type);

const code = z.string().min(1, 'codes must not be empty').max(64);

const patientIdentifierSchema = z.strictObject({
  type: z
    .string({
      error:
        'type is required: the PID-3 identifier type code (CX-5) of the pseudonymous patient id, e.g. PI',
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
});

/**
 * How one sending system's ADT messages become care events: which PID-3 identifiers are the
 * pseudonymous patient id, and which care link each ward code, discharge disposition and discharge
 * location stands for. Each sending application (and facility) has its own codes.
 */
export const adtMappingSchema = z.strictObject({
  sendingApplication: code
    .optional()
    .describe('MSH-3.1 of the messages this mapping is for; required when a file maps several senders.'),
  sendingFacility: code
    .optional()
    .describe('MSH-4.1 of the messages this mapping is for; any facility of the application when left out.'),
  patientIdentifier: z.preprocess(
    (value) => (value && typeof value === 'object' && !Array.isArray(value) ? [value] : value),
    z
      .array(patientIdentifierSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'patientIdentifier is required: { "type": "PI" }, or a list of them in order of preference'
            : 'must be { "type": "PI" } or a list of them',
      })
      .min(1, 'name at least one identifier type'),
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
  inpatientClasses: z
    .array(code)
    .min(1, 'name at least one PV1-2 patient class that is an inpatient stay')
    .default(['I'])
    .describe('PV1-2 patient classes that are inpatient stays; visits of other classes record nothing.'),
  diagnosisGroups: z
    .record(z.string().regex(/^[A-Z][0-9A-Z.]{0,7}$/), z.string().min(1).max(64), {
      error: (issue) =>
        issue.code === 'invalid_key' ? 'keys are ICD-10 codes or their beginnings, e.g. I50' : undefined,
    })
    .default({})
    .describe('ICD-10 codes (or their beginnings; the longest wins) of DG1-3 to diagnosis groups.'),
  patientRegisterCareLinkId: careLinkIdSchema
    .optional()
    .describe('The care link that speaks for merges (A40) that name no ward in PV1-3.'),
  processingIds: z
    .array(
      z.enum(['P', 'T', 'D'], { error: 'processing ids are P (production), T (training) or D (debugging)' }),
    )
    .min(1, 'accept at least one processing id')
    .default(['P'])
    .describe('MSH-11 values accepted; others are refused, so training messages never become care events.'),
});

export type AdtMapping = z.output<typeof adtMappingSchema>;

/** The listener's mappings: one per sender, or one for every sender. */
export interface AdtMappings {
  senders: AdtMapping[];
}

const severalSendersSchema = z.strictObject({
  senders: z
    .array(
      adtMappingSchema.refine((m) => !!m.sendingApplication, {
        message: 'sendingApplication is required when a file maps several senders',
        path: ['sendingApplication'],
      }),
    )
    .min(1, 'senders must hold at least one mapping'),
});

/**
 * The mappings, or one line per problem, each naming where it is. A file is either one mapping for
 * every sender or `{ "senders": [...] }` with a mapping per MSH-3 sending application (and MSH-4 facility).
 */
export function parseAdtMapping(
  input: unknown,
): { ok: true; mapping: AdtMappings } | { ok: false; problems: string[] } {
  const several = !!input && typeof input === 'object' && 'senders' in input;
  const parsed = several
    ? severalSendersSchema.safeParse(input)
    : adtMappingSchema.transform((mapping) => ({ senders: [mapping] })).safeParse(input);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

/**
 * The mapping for a message's sender: the one naming its application and facility, else its
 * application, else the one naming no sender.
 */
export function mappingOfSender(
  mappings: AdtMappings,
  application: string,
  facility: string,
): AdtMapping | undefined {
  const { senders } = mappings;
  return (
    senders.find((m) => m.sendingApplication === application && m.sendingFacility === facility) ??
    senders.find((m) => m.sendingApplication === application && !m.sendingFacility) ??
    senders.find((m) => !m.sendingApplication)
  );
}

/** Every care link the mappings name: the care links the listener speaks for. */
export function careLinksOfMappings(mappings: AdtMappings): string[] {
  return [
    ...new Set(
      mappings.senders.flatMap((m) => [
        ...Object.values(m.wards),
        ...(m.patientRegisterCareLinkId ? [m.patientRegisterCareLinkId] : []),
      ]),
    ),
  ];
}
