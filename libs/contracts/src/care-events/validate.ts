import { z } from 'zod';
import {
  careEventTypes,
  definitionOf,
  isCareEventType,
  supportedVersions,
  type CareEventType,
  type PayloadOf,
} from './catalog';
import { envelopeSchema, instantSchema, type CareEventEnvelope } from './envelope';
import { unsafeStringsIn } from './unsafe-strings';

/** What Carechain publishes on care.events.v1: the submission plus when and in which order it was stored. */
const publishedEnvelopeSchema = envelopeSchema.extend({
  idempotencyKey: z.string().min(1),
  recordedAt: instantSchema,
  sequence: z.number().int().positive(),
});

/** One thing wrong with a submitted event, located by a JSON path such as `payload.stayId`. */
export interface ContractProblem {
  path: string;
  message: string;
}

export type ValidCareEvent = Omit<CareEventEnvelope, 'type' | 'payload'> & {
  type: CareEventType;
  payload: Record<string, unknown>;
};

export type PublishedCareEvent = ValidCareEvent & {
  idempotencyKey: string;
  recordedAt: string;
  sequence: number;
};

export type ValidationResult<E = ValidCareEvent> =
  | { ok: true; event: E }
  | { ok: false; problems: ContractProblem[] };

function problemsOf(error: z.ZodError, prefix: string[] = []): ContractProblem[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.') || '(event)',
    message: issue.message,
  }));
}

/** Checks a submitted care event against the envelope and the payload schema of its type and version. */
export function validateCareEvent(input: unknown): ValidationResult {
  return validateAgainst(envelopeSchema, input);
}

/** Checks a care event read from care.events.v1, as consumers receive it. */
export function validatePublishedCareEvent(input: unknown): ValidationResult<PublishedCareEvent> {
  return validateAgainst(publishedEnvelopeSchema, input) as ValidationResult<PublishedCareEvent>;
}

function validateAgainst(schema: z.ZodType<CareEventEnvelope, unknown>, input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(event)', message: 'a care event must be a JSON object' }] };
  }
  // Bytes no store can keep are refused before anything else looks at the event.
  const unsafe = unsafeStringsIn(input);
  if (unsafe.length) return { ok: false, problems: unsafe };
  const envelope = schema.safeParse(input);
  const problems = envelope.success ? [] : problemsOf(envelope.error);
  const { type, schemaVersion, payload } = input as Record<string, unknown>;

  if (typeof type === 'string' && type && !isCareEventType(type)) {
    problems.push({
      path: 'type',
      message: `unknown event type '${type}'; known types: ${careEventTypes.join(', ')}`,
    });
  } else if (typeof type === 'string' && isCareEventType(type) && typeof schemaVersion === 'number') {
    const definition = definitionOf(type, schemaVersion);
    if (!definition) {
      problems.push({
        path: 'schemaVersion',
        message: `schemaVersion ${schemaVersion} is not supported for ${type}; supported: ${supportedVersions(type).join(', ')}`,
      });
    } else {
      const parsed = definition.payload.safeParse(payload);
      if (!parsed.success) problems.push(...problemsOf(parsed.error, ['payload']));
    }
  }
  if (problems.length || !envelope.success) return { ok: false, problems };
  return {
    ok: true,
    event: { ...envelope.data, type: type as CareEventType, payload: payload as Record<string, unknown> },
  };
}

/** Checks a payload on its own, for a part of Carechain that decides an event before giving it an envelope. */
export function validatePayload<T extends CareEventType>(
  type: T,
  schemaVersion: number,
  payload: unknown,
): { ok: true; payload: PayloadOf<T> } | { ok: false; problems: ContractProblem[] } {
  const definition = definitionOf(type, schemaVersion);
  if (!definition) throw new Error(`${type} has no schema version ${schemaVersion}`);
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  // The catalog pairs each type and version with its schema, so the parsed value is that payload.
  return { ok: true, payload: parsed.data as PayloadOf<T> };
}
